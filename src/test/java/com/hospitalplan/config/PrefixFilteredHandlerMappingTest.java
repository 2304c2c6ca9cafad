package com.hospitalplan.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPatternParser;

class PrefixFilteredHandlerMappingTest {

    private static RequestMappingInfo mapping(String... paths) {
        return RequestMappingInfo.paths(paths).options(configuration()).build();
    }

    private static RequestMappingInfo.BuilderConfiguration configuration() {
        RequestMappingInfo.BuilderConfiguration configuration = new RequestMappingInfo.BuilderConfiguration();
        configuration.setPatternParser(new PathPatternParser());
        return configuration;
    }

    @Test
    void theLiteralBeginningOfAPatternEndsAtItsFirstVariableOrWildcard() {
        assertThat(PrefixFilteredHandlerMapping.literalPrefix("/dashboards/regions/{code}"))
                .isEqualTo("/dashboards/regions/");
        assertThat(PrefixFilteredHandlerMapping.literalPrefix("/plans/{planId}/indicators/{id}/dashboard"))
                .isEqualTo("/plans/");
        assertThat(PrefixFilteredHandlerMapping.literalPrefix("/webjars/**")).isEqualTo("/webjars/");
        assertThat(PrefixFilteredHandlerMapping.literalPrefix("/file?.txt")).isEqualTo("/file");
        assertThat(PrefixFilteredHandlerMapping.literalPrefix("/reviews")).isEqualTo("/reviews");
    }

    @Test
    void aMappingWithSeveralPathsKeepsTheBeginningOfEach() {
        assertThat(PrefixFilteredHandlerMapping.prefixesOf(mapping("/plans/{id}", "/api/v1/plans/{id}")))
                .containsExactlyInAnyOrder("/plans/", "/api/v1/plans/");
    }

    @Test
    void aMappingWithoutPathsMatchesAnyPath() {
        assertThat(PrefixFilteredHandlerMapping.prefixesOf(
                        RequestMappingInfo.paths().options(configuration()).build()))
                .containsExactly("");
    }
}
