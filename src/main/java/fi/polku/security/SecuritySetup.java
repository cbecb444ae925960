package fi.polku.security;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings users, groups, authorizations and Tasklist filters up to date once the engine is built
 * and before the web server takes requests.
 */
@Component
class SecuritySetup implements SmartInitializingSingleton {

    private final IdentitySetup identity;
    private final AuthorizationSetup authorizations;
    private final TasklistFilterSetup filters;

    public SecuritySetup(IdentitySetup identity, AuthorizationSetup authorizations,
                         TasklistFilterSetup filters) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
    }

    @Override
    public void afterSingletonsInstantiated() {
        identity.apply();
        authorizations.apply();
        filters.apply();
    }
}
