package fi.polku.security;

import fi.polku.api.ApiProblem;
import fi.polku.api.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/** The authenticated user of an API request and their groups. */
public record ApiCaller(String userId, List<String> groups) {

    static final String ATTRIBUTE = ApiCaller.class.getName();

    public static ApiCaller of(HttpServletRequest request) {
        ApiCaller caller = (ApiCaller) request.getAttribute(ATTRIBUTE);
        if (caller == null) {
            throw new IllegalStateException("API request without an authenticated caller");
        }
        return caller;
    }

    /** Whether the caller is in one of the roles (administrators always are). */
    public boolean isIn(Role... roles) {
        return groups.contains(Role.ADMINS.groupId()) || Arrays.stream(roles).anyMatch(role -> groups.contains(role.groupId()));
    }

    /** Passes when the caller is in one of the roles (administrators always pass); 403 otherwise. */
    public ApiCaller require(Role... roles) {
        if (isIn(roles)) {
            return this;
        }
        String allowed = Arrays.stream(roles).map(Role::groupId).collect(Collectors.joining(", "));
        throw new ApiException(ApiProblem.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "This call needs membership in one of: " + allowed));
    }
}
