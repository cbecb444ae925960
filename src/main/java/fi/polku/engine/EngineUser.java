package fi.polku.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The user the engine checks authorizations for in this thread. {@link IdentityService} is public
 * API, but its current authentication is a class of the engine's {@code impl} package.
 *
 * @param groupIds never null
 */
public record EngineUser(String userId, List<String> groupIds) {

    public EngineUser {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }

    public boolean isIn(String groupId) {
        return groupIds.contains(groupId);
    }

    /** The user the engine acts for now, if any. */
    public static Optional<EngineUser> current(IdentityService identityService) {
        Authentication authentication = identityService.getCurrentAuthentication();
        return Optional.ofNullable(authentication == null ? null
                : new EngineUser(authentication.getUserId(), authentication.getGroupIds()));
    }

    /**
     * Runs the engine call as the user (null: as nobody, so without any authorization check), then
     * restores whoever was set before.
     */
    public static <T> T callAs(IdentityService identityService, EngineUser user, Supplier<T> call) {
        Authentication previous = identityService.getCurrentAuthentication();
        if (user == null) {
            identityService.clearAuthentication();
        } else {
            identityService.setAuthentication(user.userId(), user.groupIds());
        }
        try {
            return call.get();
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
    }
}
