package com.hospitalplan.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler lookup, with the mappings whose paths cannot match set aside before their conditions are asked.
 * A path with a variable ({@code /dashboards/regions/{code}}) is matched against every mapping of the application,
 * and each mapping asks its method, header and CORS conditions before its path: through the request wrappers of the
 * session and security filters that was 12 % of a dashboard page's CPU (docs/performance.md). Here a mapping is
 * skipped at once when the path does not start with the literal beginning of any of its patterns (the part before
 * the first variable or wildcard), or, for patterns of literal segments and whole-segment variables, when its segments
 * differ in number or in a literal one ({@link PathShape}); every other mapping is matched as Spring does, so the
 * handler chosen, the 404/405/415 answers and CORS are unchanged. Paths with escapes or path parameters are matched the
 * usual way.
 */
class PrefixFilteredHandlerMapping extends RequestMappingHandlerMapping {

    private static final PathShape[] ANY_PATH = {PathShape.of("")};

    private final ThreadLocal<String> lookupPath = new ThreadLocal<>();
    private final Map<RequestMappingInfo, PathShape[]> shapes = new ConcurrentHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String path, HttpServletRequest request) throws Exception {
        boolean plain = path.indexOf('%') < 0 && path.indexOf(';') < 0;
        lookupPath.set(plain ? path : null);
        try {
            return super.lookupHandlerMethod(path, request);
        } finally {
            lookupPath.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String path = lookupPath.get();
        if (path != null && !mayMatchAny(path, shapes.computeIfAbsent(info, PrefixFilteredHandlerMapping::shapesOf))) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    private static boolean mayMatchAny(String path, PathShape[] shapes) {
        for (PathShape shape : shapes) {
            if (shape.mayMatch(path)) {
                return true;
            }
        }
        return false;
    }

    /** The shape of each of the mapping's patterns; any path when it has none. */
    static PathShape[] shapesOf(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null || condition.getPatterns().isEmpty()) {
            return ANY_PATH;
        }
        return condition.getPatterns().stream()
                .map(PathPattern::getPatternString)
                .map(PathShape::of)
                .toArray(PathShape[]::new);
    }
}
