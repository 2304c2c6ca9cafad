package com.hospitalplan.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links to the current page with one query parameter changed and the others (filters, switches) kept: templates call
 * {@code @pageLinks.with('page', 3)} for a pager and {@code @pageLinks.filter('status', 'OFF_TRACK')} for a filter,
 * which also goes back to the first page.
 */
@Component("pageLinks")
public class PageLinks {

    public static final String PAGE = "page";

    public String with(String name, Object value) {
        return link(name, value, false);
    }

    public String filter(String name, Object value) {
        return link(name, value, true);
    }

    private static String link(String name, Object value, boolean firstPage) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        UriComponentsBuilder link =
                UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        if (firstPage) {
            link.replaceQueryParam(PAGE);
        }
        if (value == null || value.toString().isEmpty()) {
            link.replaceQueryParam(name);
        } else {
            link.replaceQueryParam(name, UriUtils.encodeQueryParam(value.toString(), StandardCharsets.UTF_8));
        }
        return link.build(true).toUriString();
    }
}
