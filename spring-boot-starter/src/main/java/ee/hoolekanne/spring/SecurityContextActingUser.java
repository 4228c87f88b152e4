package ee.hoolekanne.spring;

import ee.hoolekanne.port.out.ActingUser;
import ee.hoolekanne.port.out.AuditContext;
import ee.hoolekanne.port.out.PortFailure;
import io.vavr.control.Either;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who acts, from Spring Security: the authenticated user's name, for the receiver the application
 * names (the department whose work it is). No authenticated user: the command is refused (TSM-18).
 */
final class SecurityContextActingUser implements ActingUser {

    private final String receiver;

    SecurityContextActingUser(String receiver) {
        this.receiver = receiver;
    }

    @Override
    public Either<PortFailure, AuditContext> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || authentication.getName().isBlank()) {
            return Either.left(new PortFailure("acting user", "no authenticated user in Spring Security's context"));
        }
        return Either.right(new AuditContext(authentication.getName(), receiver));
    }
}
