package fi.polku.participant;

import com.fasterxml.jackson.annotation.JsonValue;

/** Language of service; the contract spells the values in lower case ({@code fi}, {@code sv}, ...). */
public enum PreferredLanguage {
    FI, SV, EN, OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
