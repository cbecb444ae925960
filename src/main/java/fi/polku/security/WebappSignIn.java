package fi.polku.security;

import fi.polku.engine.WebappSessionUserProvider;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * A staff member back from the provider: refused (before being signed in: {@link #refuses}, then a
 * page of its own) when their ID token names no Polku group or only the integrations' group, which
 * has no webapp; otherwise written to the
 * engine's identity tables with the token's name, e-mail and Polku groups (Camunda's webapp
 * authentication refuses users it does not know, and Tasklist shows names from there), and the
 * session given the user and groups the webapps' container-based authentication reads.
 */
class WebappSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String REFUSED_PAGE = "/sign-in/refused.html";
    static final String NO_POLKU_GROUP = "no_polku_group";
    private static final Logger log = LoggerFactory.getLogger(WebappSignIn.class);

    private final ClaimGroups claims;
    private final IdentityService identityService;

    WebappSignIn(ClaimGroups claims, IdentityService identityService) {
        this.claims = claims;
        this.identityService = identityService;
    }

    /** Whether the person has no Polku group with a webapp (or no user claim): they are not signed in at all. */
    boolean refuses(OidcUser person) {
        Map<String, Object> all = person.getClaims();
        List<String> groups = claims.groups(all);
        boolean refused = claims.user(all) == null || groups.isEmpty() || groups.equals(List.of(Role.INTEGRATIONS.groupId()));
        if (refused) {
            log.info("Webapp sign-in refused: the ID token names no user or no Polku group with a webapp");
        }
        return refused;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        OidcUser person = (OidcUser) authentication.getPrincipal();
        String userId = claims.user(person.getClaims());
        List<String> groups = claims.groups(person.getClaims());
        synchronise(userId, person, groups);
        request.getSession().setAttribute(WebappSessionUserProvider.USER_ID, userId);
        request.getSession().setAttribute(WebappSessionUserProvider.GROUP_IDS, new ArrayList<>(groups));
        log.info("Webapp sign-in of {} with groups {}", userId, groups);
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /** The user as the provider describes them now; memberships in Polku's groups as the token says. */
    private void synchronise(String userId, OidcUser person, List<String> groups) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            // No password: a provider's user signs in through the provider only.
            user = identityService.newUser(userId);
        }
        user.setFirstName(person.getGivenName());
        user.setLastName(person.getFamilyName() != null ? person.getFamilyName() : person.getFullName());
        user.setEmail(person.getEmail());
        identityService.saveUser(user);
        Set<String> current = new HashSet<>();
        identityService.createGroupQuery().groupMember(userId).list().forEach(group -> current.add(group.getId()));
        for (String groupId : groups) {
            if (!current.remove(groupId)) {
                identityService.createMembership(userId, groupId);
            }
        }
        current.stream().filter(Role::exists).forEach(groupId -> identityService.deleteMembership(userId, groupId));
    }
}
