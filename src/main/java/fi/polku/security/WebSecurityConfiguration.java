package fi.polku.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.engine.SafeHttpBasicAuthenticationProvider;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Nothing outside the webapps' own login is reachable without authentication. */
@Configuration(proxyBeanMethods = false)
public class WebSecurityConfiguration {

    /**
     * The filter order of the engine write guard: filters of the engine REST APIs that act on an
     * authenticated, permitted request (form submissions) are ordered after it.
     */
    public static final int ENGINE_WRITE_GUARD_ORDER = 3;

    /** Before authentication, so that refusals carry the headers too. */
    @Bean
    public FilterRegistrationBean<NoStoreHeadersFilter> noStoreHeaders() {
        FilterRegistrationBean<NoStoreHeadersFilter> registration = new FilterRegistrationBean<>(new NoStoreHeadersFilter());
        registration.setName("no-store-headers");
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        registration.setOrder(0);
        return registration;
    }

    /** Failed logins slowed down per user and client address (the engine's own lock-out is off). */
    @Bean
    public LoginThrottle loginThrottle(LoginThrottle.Settings settings, MeterRegistry meters) {
        return new LoginThrottle(settings, Clock.systemUTC(), meters);
    }

    /** Around every authentication (orders 1 to 3): a locked user is refused before their password is checked. */
    @Bean
    public FilterRegistrationBean<LoginThrottleFilter> loginThrottling(LoginThrottle throttle, ObjectMapper objectMapper) {
        FilterRegistrationBean<LoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, objectMapper));
        registration.setName("login-throttle");
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/actuator/metrics", "/actuator/metrics/*",
                "/camunda/api/admin/auth/user/*");
        registration.setOrder(0);
        return registration;
    }

    /**
     * Bearer tokens of the identity provider on the API, engine REST and metrics (order 1), before
     * the authentications that take the verified caller (order 2); HTTP Basic refused here when it
     * is switched off.
     */
    @Bean
    public FilterRegistrationBean<BearerTokenFilter> bearerTokenAuthentication(OidcProperties oidc,
            HttpBasicProperties basic, ObjectMapper objectMapper) {
        oidc.check();
        BearerTokens tokens = oidc.configured() ? new BearerTokens(oidc, objectMapper, Clock.systemUTC()) : null;
        FilterRegistrationBean<BearerTokenFilter> registration =
                new FilterRegistrationBean<>(new BearerTokenFilter(tokens, basic.enabled(), objectMapper));
        registration.setName("bearer-token-authentication");
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/actuator/metrics", "/actuator/metrics/*");
        registration.setOrder(1);
        return registration;
    }

    /** Engine REST: a verified bearer token, else HTTP Basic against the identity service, as Camunda Run does it. */
    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SafeHttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(2);
        return registration;
    }

    /**
     * Writes through the engine's REST APIs: for anyone but an administrator, only queries, their
     * own task work and start forms. After the engine REST authentication (order 2), which it reads.
     */
    @Bean
    public FilterRegistrationBean<EngineWriteGuard> engineWriteGuard(IdentityService identityService,
            TaskService taskService, RepositoryService repositoryService, FormService formService,
            ObjectMapper objectMapper) {
        FilterRegistrationBean<EngineWriteGuard> registration = new FilterRegistrationBean<>(
                new EngineWriteGuard(identityService, taskService, repositoryService, formService, objectMapper));
        registration.setName("engine-write-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(ENGINE_WRITE_GUARD_ORDER);
        return registration;
    }

    /** The integration API; the webapp plugins' parts of it also with the webapp session. */
    @Bean
    public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identityService,
            ObjectMapper objectMapper, @Value("${polku.api.credentials-time-to-live}") Duration credentialsTimeToLive,
            List<WebappSessionApi> webappSessionApis) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService, objectMapper, credentialsTimeToLive)
                        .acceptingWebappSessionFor(webappSessionApis.stream().map(WebappSessionApi::pathPrefix)
                                .toArray(String[]::new)));
        registration.setName("api-authentication");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(2);
        return registration;
    }

    /** Requests of the webapps' ordinary pages that would answer 4xx although nothing is wrong. */
    @Bean
    public FilterRegistrationBean<WebappRequestAdjustments> webappRequestAdjustments(IdentityService identityService,
            @Value("${camunda.bpm.generic-properties.properties.query-max-results-limit}") int queryMaxResultsLimit) {
        FilterRegistrationBean<WebappRequestAdjustments> registration =
                new FilterRegistrationBean<>(new WebappRequestAdjustments(identityService, queryMaxResultsLimit));
        registration.setName("webapp-request-adjustments");
        registration.addUrlPatterns("/camunda/api/*");
        registration.setOrder(ENGINE_WRITE_GUARD_ORDER + 1);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<TechnicalUserLoginFilter> technicalUserLogin(IdentityService identityService) {
        FilterRegistrationBean<TechnicalUserLoginFilter> registration =
                new FilterRegistrationBean<>(new TechnicalUserLoginFilter(identityService));
        registration.setName("technical-user-login");
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setOrder(1);
        return registration;
    }

    /** Metrics (e.g. failed notifications) are for managers and administrators; health stays public. */
    @Bean
    public FilterRegistrationBean<ApiAuthenticationFilter> metricsAuthentication(IdentityService identityService,
            ObjectMapper objectMapper, @Value("${polku.api.credentials-time-to-live}") Duration credentialsTimeToLive) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ApiAuthenticationFilter(identityService, objectMapper, credentialsTimeToLive, Role.MANAGERS));
        registration.setName("metrics-authentication");
        registration.addUrlPatterns("/actuator/metrics", "/actuator/metrics/*");
        registration.setOrder(2);
        return registration;
    }
}
