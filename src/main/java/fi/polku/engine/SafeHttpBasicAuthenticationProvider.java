package fi.polku.engine;

import fi.polku.api.Text;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Engine REST's HTTP Basic authentication, refusing credentials no user can have (control
 * characters: a NUL would reach the identity query and fail there with 500) as simply wrong.
 * Engine REST's authentication filter takes a provider class; the HTTP Basic one it extends is in
 * its {@code impl} package.
 */
public class SafeHttpBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

    @Override
    protected boolean isAuthenticated(ProcessEngine engine, String userName, String password) {
        return !Text.refused(userName) && !Text.refused(password) && super.isAuthenticated(engine, userName, password);
    }
}
