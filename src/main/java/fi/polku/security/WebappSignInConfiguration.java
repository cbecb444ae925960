package fi.polku.security;

import fi.polku.engine.WebappSessionUserProvider;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.filter.DelegatingFilterProxy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' sign-in through the identity provider (polku.security.oidc.webapp-sign-in.enabled):
 * Spring Security's OAuth2 login (authorization code with PKCE) in front of the webapps, then
 * Camunda's container-based authentication taking the signed-in user into the webapps' session.
 * Off by default, and then nothing of Spring Security's web side is active (PolkuApplication).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("polku.security.oidc.webapp-sign-in.enabled")
@EnableWebSecurity
class WebappSignInConfiguration {

    static final String REGISTRATION_ID = "polku";
    static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;
    private static final Logger log = LoggerFactory.getLogger(WebappSignInConfiguration.class);

    /** Read from the provider's discovery document at the first sign-in, so that Polku starts while it is down. */
    @Bean
    LazyClientRegistrations clientRegistrations(OidcProperties oidc, WebappSignInProperties webapp) {
        if (!oidc.configured() || webapp.clientId() == null) {
            throw new IllegalStateException("polku.security.oidc.webapp-sign-in needs polku.security.oidc.issuer-uri "
                    + "and a client-id (README \"Single sign-on\")");
        }
        return new LazyClientRegistrations(() -> ClientRegistrations.fromIssuerLocation(oidc.issuerUri().toString())
                .registrationId(REGISTRATION_ID).clientId(webapp.clientId()).clientSecret(webapp.clientSecret())
                .scope(webapp.scopes()).build());
    }

    @Bean
    SecurityFilterChain webappSignInChain(HttpSecurity http, LazyClientRegistrations registrations, OidcProperties oidc,
                                          IdentityService identityService) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver resolver =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        WebappSignIn signIn = new WebappSignIn(new ClaimGroups(oidc), identityService);
        OidcUserService people = new OidcUserService();
        OAuth2UserService<OidcUserRequest, OidcUser> polkuPeople = request -> {
            OidcUser person = people.loadUser(request);
            if (signIn.refuses(person)) {
                throw new OAuth2AuthenticationException(new OAuth2Error(WebappSignIn.NO_POLKU_GROUP));
            }
            return person;
        };
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/sign-in/signed-out.html");
        // Path patterns on the whole path: the webapps' APIs are Jersey servlets, not Spring MVC, and a
        // matcher of Spring MVC's mappings would let them through.
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(paths.matcher("/camunda/**"), paths.matcher("/oauth2/**"),
                        paths.matcher("/login/oauth2/**"), paths.matcher("/sign-out")))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2Login(login -> login.loginPage(SIGN_IN_PATH)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(polkuPeople))
                        .successHandler(signIn)
                        .failureHandler((request, response, e) -> {
                            if (e instanceof OAuth2AuthenticationException refused
                                    && WebappSignIn.NO_POLKU_GROUP.equals(refused.getError().getErrorCode())) {
                                response.sendRedirect(request.getContextPath() + WebappSignIn.REFUSED_PAGE);
                                return;
                            }
                            // A provider that stops answering half-way lands here too.
                            log.warn("Webapp sign-in failed: {}", e.getMessage());
                            response.sendRedirect(request.getContextPath() + "/sign-in/failed.html");
                        }))
                .addFilterBefore(new ProviderUnavailable(registrations), OAuth2AuthorizationRequestRedirectFilter.class)
                .exceptionHandling(errors -> errors
                        // The webapps' own calls get 401 (their pages then reload); a page goes to the provider.
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                request -> request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SIGN_IN_PATH),
                                request -> true))
                .logout(out -> out.logoutRequestMatcher(paths.matcher("/sign-out"))
                        .logoutSuccessHandler(logout))
                // The webapps have their own CSRF protection and security headers.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable());
        return http.build();
    }

    /** Spring Security before every other filter of these paths, as Spring Boot would register it. */
    @Bean
    FilterRegistrationBean<DelegatingFilterProxy> webappSignInFilter() {
        FilterRegistrationBean<DelegatingFilterProxy> registration =
                new FilterRegistrationBean<>(new DelegatingFilterProxy("springSecurityFilterChain"));
        registration.setName("webapp-sign-in");
        registration.addUrlPatterns("/camunda/*", "/oauth2/*", "/login/oauth2/*", "/sign-out");
        registration.setOrder(-100);
        return registration;
    }

    /** The signed-in user into Camunda's webapp session, after Spring Security and before the webapps' filters. */
    @Bean
    FilterRegistrationBean<Filter> webappContainerAuthentication() {
        FilterRegistrationBean<Filter> registration =
                new FilterRegistrationBean<>(WebappSessionUserProvider.containerBasedAuthenticationFilter());
        registration.setName("webapp-container-authentication");
        registration.addInitParameter(WebappSessionUserProvider.PROVIDER_PARAMETER, WebappSessionUserProvider.class.getName());
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(-99);
        return registration;
    }

    /**
     * The webapps' own "Log out" ends the Polku session too: without this the container-based
     * authentication would take the still signed-in Spring session straight back into the webapps.
     * The provider's session ends only through {@code /sign-out} (RP-initiated logout).
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappLogoutEndsTheSession() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/logout");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, response);
                if (response.getStatus() < 400 && request.getSession(false) != null) {
                    request.getSession(false).invalidate();
                }
            }
        });
        registration.setName("webapp-logout-ends-session");
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setOrder(-98);
        return registration;
    }

    /** A sign-in while the provider cannot be reached: a page saying so, not an error. */
    private static final class ProviderUnavailable extends OncePerRequestFilter {

        private final LazyClientRegistrations registrations;

        ProviderUnavailable(LazyClientRegistrations registrations) {
            this.registrations = registrations;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().startsWith(request.getContextPath() + "/oauth2/authorization/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (registrations.findByRegistrationId(REGISTRATION_ID) == null) {
                response.sendRedirect(request.getContextPath() + "/sign-in/unavailable.html");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** The one client registration, read from the provider when first needed and again after a failure. */
    static final class LazyClientRegistrations implements ClientRegistrationRepository {

        private final java.util.function.Supplier<ClientRegistration> discovery;
        private volatile ClientRegistration registration;

        LazyClientRegistrations(java.util.function.Supplier<ClientRegistration> discovery) {
            this.discovery = discovery;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (!REGISTRATION_ID.equals(registrationId)) {
                return null;
            }
            ClientRegistration found = registration;
            if (found == null) {
                try {
                    found = discovery.get();
                    registration = found;
                } catch (RuntimeException e) {
                    log.warn("The identity provider's discovery document cannot be read: {}", e.getMessage());
                    return null;
                }
            }
            return found;
        }
    }
}
