package com.hospitalplan.shared;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A value made once per page view: within a GET or HEAD request, which changes nothing, several parts of a page that
 * ask for the same thing get the first answer; any other request, and work outside a request, makes it at every call.
 */
public final class PerReadRequest {

    private PerReadRequest() {}

    /** The value kept under {@code key} in this read request, made by {@code make} the first time. */
    @SuppressWarnings("unchecked")
    public static <T> T once(String key, Supplier<T> make) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || !isRead(attributes.getRequest().getMethod())) {
            return make.get();
        }
        Object kept = attributes.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (kept != null) {
            return (T) kept;
        }
        T made = make.get();
        attributes.setAttribute(key, made, RequestAttributes.SCOPE_REQUEST);
        return made;
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }
}
