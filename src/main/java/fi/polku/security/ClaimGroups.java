package fi.polku.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who a provider's token or ID token names, and their Polku groups through the configured mapping. */
final class ClaimGroups {

    private final OidcProperties properties;

    ClaimGroups(OidcProperties properties) {
        this.properties = properties;
    }

    /** The first configured user claim that is present; null when none is. */
    String user(Map<String, Object> claims) {
        for (String claim : properties.userClaims()) {
            if (claims.get(claim) instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    /** Polku's groups named by the group claims, through the configured mapping. */
    List<String> groups(Map<String, Object> claims) {
        Set<String> groups = new LinkedHashSet<>();
        for (String claim : properties.groupsClaims()) {
            for (String value : values(claims.get(claim))) {
                String mapped = properties.groupMapping().get(value);
                if (mapped != null) {
                    groups.add(mapped);
                } else if (Role.exists(value)) {
                    groups.add(value);
                }
            }
        }
        return List.copyOf(groups);
    }

    private static List<String> values(Object claim) {
        if (claim instanceof String text) {
            return List.of(text);
        }
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> collection) {
            collection.stream().filter(String.class::isInstance).map(String.class::cast).forEach(values::add);
        }
        return values;
    }
}
