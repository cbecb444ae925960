package fi.polku.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    public OpenAPI polkuOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Polku integration API").version("v1")
                        .description("Start participant journeys, follow their status and send them events. "
                                + "HTTP Basic authentication as a Polku user; each call checks the caller's group. "
                                + "Errors are application/problem+json (RFC 9457) naming each invalid field. Bodies "
                                + "are read strictly: no unknown fields or duplicate keys, no numbers or booleans as "
                                + "strings, dates YYYY-MM-DD from 1900 to 2100, no control characters in text; "
                                + "bodies over 2 MB are refused with 413."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }
}
