package fi.polku;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/*
 * Spring Security is on the classpath for its OAuth2 support. Its web auto-configuration would put a
 * login page and a filter chain in front of everything, over the webapps' own login and Polku's API
 * filters (fi.polku.security.WebSecurityConfiguration), so it is left out; the webapps' sign-in
 * through the provider configures its own chain for the webapps' paths when switched on
 * (fi.polku.security.WebappSignInConfiguration).
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientWebSecurityAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration"})
@ConfigurationPropertiesScan
@EnableScheduling
public class PolkuApplication {

    public static void main(String[] args) {
        SpringApplication.run(PolkuApplication.class, args);
    }
}
