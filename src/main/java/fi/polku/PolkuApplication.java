package fi.polku;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/*
 * Spring Security is on the classpath for its OAuth2 token support only. Its web auto-configuration
 * would put a login page and a filter chain in front of everything, over the webapps' own login and
 * Polku's API filters (fi.polku.security.WebSecurityConfiguration), so it is left out.
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration"})
@ConfigurationPropertiesScan
@EnableScheduling
public class PolkuApplication {

    public static void main(String[] args) {
        SpringApplication.run(PolkuApplication.class, args);
    }
}
