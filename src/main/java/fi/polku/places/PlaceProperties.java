package fi.polku.places;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** @param capacity wage-subsidy places the programme can fill at the same time */
@Validated
@ConfigurationProperties("polku.places")
record PlaceProperties(@Min(0) int capacity) {
}
