package fi.polku.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators see the login locks of the node they call and lift them before they expire. */
@RestController
@SecurityRequirement(name = "basic")
class LoginLockController {

    private static final Logger log = LoggerFactory.getLogger(LoginLockController.class);
    static final String PATH = "/api/v1/login-locks";

    private final LoginThrottle throttle;

    public LoginLockController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Operation(summary = "Login locks in force on this node",
            description = "Administrators. Each lock: the user (absent for a lock of every user of an address), "
                    + "the client address, until when and after how many failed attempts. Each node keeps its own.")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public List<LoginThrottle.Lock> locks(HttpServletRequest request) {
        ApiCaller.of(request).require(Role.ADMINS);
        return throttle.locked();
    }

    @Operation(summary = "Lift login locks on this node",
            description = "Administrators. Forgets the failed logins of userId (all users when absent) from address "
                    + "(all addresses when absent), locks included; answers how many entries were forgotten.")
    @DeleteMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Integer> lift(@RequestParam(required = false) String userId,
                                     @RequestParam(required = false) String address, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Role.ADMINS);
        int lifted = throttle.lift(userId, address);
        log.info("{} lifted {} login lock entries (user {}, address {})", caller.userId(), lifted,
                userId == null ? "any" : userId, address == null ? "any" : address);
        return Map.of("lifted", lifted);
    }
}
