package com.hospitalplan.audit;

import com.hospitalplan.user.SignedInUser;
import java.util.function.Supplier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Runs a service call as a request of {@code user} from the client address {@code address} would: with the user in
 * the security context and a request of that address being served, which is where the audit log takes them from.
 */
final class ActingAs {

    private ActingAs() {}

    static void run(SignedInUser user, String address, Runnable action) {
        call(user, address, () -> {
            action.run();
            return null;
        });
    }

    static <T> T call(SignedInUser user, String address, Supplier<T> action) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
