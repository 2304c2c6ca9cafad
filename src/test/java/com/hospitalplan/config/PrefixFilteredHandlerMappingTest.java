package com.hospitalplan.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPatternParser;

class PrefixFilteredHandlerMappingTest {

    private static final PathPatternParser PARSER = new PathPatternParser();

    private static RequestMappingInfo mapping(String... paths) {
        return RequestMappingInfo.paths(paths).options(configuration()).build();
    }

    private static RequestMappingInfo.BuilderConfiguration configuration() {
        RequestMappingInfo.BuilderConfiguration configuration = new RequestMappingInfo.BuilderConfiguration();
        configuration.setPatternParser(PARSER);
        return configuration;
    }

    /** What Spring itself says, for the paths a shape lets through or sets aside. */
    private static boolean springMatches(String pattern, String path) {
        return PARSER.parse(pattern).matches(org.springframework.http.server.PathContainer.parsePath(path));
    }

    @Test
    void theLiteralBeginningOfAPatternEndsAtItsFirstVariableOrWildcard() {
        assertThat(PathShape.literalPrefix("/dashboards/regions/{code}")).isEqualTo("/dashboards/regions/");
        assertThat(PathShape.literalPrefix("/plans/{planId}/indicators/{id}/dashboard"))
                .isEqualTo("/plans/");
        assertThat(PathShape.literalPrefix("/webjars/**")).isEqualTo("/webjars/");
        assertThat(PathShape.literalPrefix("/file?.txt")).isEqualTo("/file");
        assertThat(PathShape.literalPrefix("/reviews")).isEqualTo("/reviews");
    }

    @Test
    void aPatternOfLiteralSegmentsAndVariablesSetsAsidePathsOfOtherSegmentsAndNeverOneSpringMatches() {
        String pattern = "/plans/{planId}/indicators/{id}/dashboard";
        PathShape shape = PathShape.of(pattern);
        for (String path : new String[] {
            "/plans/1/indicators/2/dashboard",
            "/plans/1/indicators/2/dashboards",
            "/plans/1/indicators/2",
            "/plans/1/indicators/2/dashboard/x",
            "/plans/1/goals/2/dashboard",
            "/plans/1/dashboard",
            "/plans/1/indicators/2/dashboard/",
            "/plans//indicators/2/dashboard"
        }) {
            if (springMatches(pattern, path)) {
                assertThat(shape.mayMatch(path)).as(path).isTrue();
            }
        }
        assertThat(shape.mayMatch("/plans/1/indicators/2/dashboard")).isTrue();
        assertThat(shape.mayMatch("/plans/1/dashboard")).isFalse();
        assertThat(shape.mayMatch("/plans/1/goals/2/dashboard")).isFalse();
        assertThat(shape.mayMatch("/plans/1/indicators/2/dashboards")).isFalse();
        assertThat(shape.mayMatch("/plans/1/indicators/2/dashboard/x")).isFalse();
    }

    @Test
    void otherPatternsAreCheckedByTheirLiteralBeginningOnly() {
        assertThat(PathShape.of("/webjars/**").mayMatch("/webjars/a/b/c.js")).isTrue();
        assertThat(PathShape.of("/webjars/**").mayMatch("/static/a.js")).isFalse();
        assertThat(PathShape.of("/files/{name}.pdf").mayMatch("/files/a.pdf")).isTrue();
        assertThat(PathShape.of("/files/{name}.pdf").mayMatch("/files/a/b.pdf")).isTrue(); // Spring decides
        assertThat(PathShape.of("/items/{id:\\d+}").mayMatch("/items/12")).isTrue();
        assertThat(PathShape.of("/").mayMatch("/")).isTrue();
    }

    @Test
    void aMappingWithSeveralPathsKeepsTheShapeOfEach() {
        PathShape[] shapes = PrefixFilteredHandlerMapping.shapesOf(mapping("/plans/{id}", "/api/v1/plans/{id}"));
        assertThat(Arrays.stream(shapes).filter(s -> s.mayMatch("/api/v1/plans/3")))
                .hasSize(1);
        assertThat(Arrays.stream(shapes).filter(s -> s.mayMatch("/plans/3"))).hasSize(1);
        assertThat(Arrays.stream(shapes).filter(s -> s.mayMatch("/plans/3/goals")))
                .isEmpty();
    }

    @Test
    void aMappingWithoutPathsMatchesAnyPath() {
        PathShape[] shapes = PrefixFilteredHandlerMapping.shapesOf(
                RequestMappingInfo.paths().options(configuration()).build());
        assertThat(shapes).hasSize(1);
        assertThat(shapes[0].mayMatch("/anything/at/all")).isTrue();
    }
}
