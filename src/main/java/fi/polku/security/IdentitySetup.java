package fi.polku.security;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the groups and the configured users, idempotently: a restart changes names, e-mails,
 * passwords and memberships to what the configuration says and creates nothing twice.
 */
@Component
class IdentitySetup {

    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);
    private static final int MIN_PASSWORD_LENGTH = 12;
    private static final Set<String> WELL_KNOWN_PASSWORDS = Set.of("demo", "admin", "password", "changeit", "camunda",
            "polku", "secret", "123456", "12345678", "qwerty");

    private final IdentityService identityService;
    private final IdentityProperties properties;
    private final OidcProperties oidc;

    public IdentitySetup(IdentityService identityService, IdentityProperties properties, OidcProperties oidc) {
        this.identityService = identityService;
        this.properties = properties;
        this.oidc = oidc;
    }

    public void apply() {
        checkConfiguration();
        for (Role role : Role.values()) {
            Group group = identityService.createGroupQuery().groupId(role.groupId()).singleResult();
            if (group == null) {
                group = identityService.newGroup(role.groupId());
            }
            group.setName(role.displayName());
            group.setType(role == Role.ADMINS || role == Role.INTEGRATIONS ? "SYSTEM" : "WORKFLOW");
            identityService.saveGroup(group);
        }
        for (IdentityProperties.User configured : properties.users()) {
            User user = identityService.createUserQuery().userId(configured.id()).singleResult();
            boolean isNew = user == null;
            if (isNew) {
                user = identityService.newUser(configured.id());
            }
            user.setFirstName(configured.firstName());
            user.setLastName(configured.lastName());
            user.setEmail(configured.email());
            if (isNew || !identityService.checkPassword(configured.id(), configured.password())) {
                user.setPassword(configured.password());
            }
            identityService.saveUser(user);
            syncMemberships(configured);
        }
        log.info("Identity set up: {} groups, {} configured users", Role.values().length, properties.users().size());
    }

    private void syncMemberships(IdentityProperties.User configured) {
        Set<String> current = new HashSet<>();
        identityService.createGroupQuery().groupMember(configured.id()).list().forEach(g -> current.add(g.getId()));
        for (String groupId : configured.groups()) {
            if (!current.remove(groupId)) {
                identityService.createMembership(configured.id(), groupId);
            }
        }
        // Memberships in Polku's groups that the configuration no longer lists are withdrawn.
        current.stream().filter(Role::exists).forEach(groupId -> identityService.deleteMembership(configured.id(), groupId));
    }

    /** Refuses to start with a configuration that would leave the door open. */
    void checkConfiguration() {
        List<IdentityProperties.User> users = properties.users();
        if (users.isEmpty() && !oidc.configured()) {
            throw new IllegalStateException("Polku has no way to sign anyone in: configure an OpenID Connect provider "
                    + "(polku.security.oidc.issuer-uri, README \"Single sign-on\") or users with strong passwords "
                    + "(polku.identity.users); neither is configured");
        }
        if (users.stream().noneMatch(u -> u.groups().contains(Role.ADMINS.groupId()))) {
            // Also with a provider: Camunda's identity tables then hold no administrator, and Admin offers
            // the first-administrator setup to anyone while they hold none.
            throw new IllegalStateException("polku.identity.users must contain a user in group camunda-admin (with a "
                    + "provider too: the break-glass administrator); without one the Admin webapp would offer "
                    + "anyone to create the first administrator");
        }
        for (IdentityProperties.User user : users) {
            if (user.id() == null || user.id().isBlank()) {
                throw new IllegalStateException("polku.identity.users: every user needs an id");
            }
            if (user.groups().isEmpty()) {
                throw new IllegalStateException("User " + user.id() + " has no group; every Polku user belongs to one");
            }
            user.groups().stream().filter(g -> !Role.exists(g)).findFirst().ifPresent(g -> {
                throw new IllegalStateException("User " + user.id() + " is in unknown group " + g);
            });
            if (!properties.demoPasswordsAllowed()) {
                checkPassword(user);
            }
        }
    }

    private static void checkPassword(IdentityProperties.User user) {
        String password = user.password();
        if (password == null || password.length() < MIN_PASSWORD_LENGTH
                || password.equalsIgnoreCase(user.id())
                || WELL_KNOWN_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("User " + user.id() + " has a default or weak password; Polku refuses to "
                    + "start with it. Set a password of at least " + MIN_PASSWORD_LENGTH
                    + " characters that is not the user name (demo users exist only in the demo profile).");
        }
    }
}
