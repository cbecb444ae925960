package fi.polku.engine;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * A grant's permissions as one bit mask. Polku sets each group-wide grant to exactly what it says
 * (withdrawing permissions added by hand); the public {@link Authorization} can add and remove
 * permissions one at a time, but not read or compare the whole set.
 */
public final class AuthorizationPermissions {

    private AuthorizationPermissions() {
    }

    public static int mask(Authorization authorization) {
        return ((AuthorizationEntity) authorization).getPermissions();
    }

    public static void setMask(Authorization authorization, int mask) {
        ((AuthorizationEntity) authorization).setPermissions(mask);
    }
}
