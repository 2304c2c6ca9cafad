package com.hospitalplan.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hospitalplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** The application's handler lookup chooses what Spring MVC's own would, with the quick path check in front. */
@IntegrationTest
class HandlerLookupTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private HandlerMethod handlerOf(String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        HandlerExecutionChain chain = mapping.getHandler(request);
        return chain == null ? null : (HandlerMethod) chain.getHandler();
    }

    @Test
    void theApplicationUsesThePrefixFilteredLookup() {
        assertThat(mapping).isInstanceOf(PrefixFilteredHandlerMapping.class);
    }

    @Test
    void pathsWithVariablesFindTheirHandlers() throws Exception {
        assertThat(handlerOf("GET", "/plans/42").getMethod().getName()).isEqualTo("showPlan");
        assertThat(handlerOf("GET", "/plans/42/periods").getBeanType().getSimpleName())
                .isEqualTo("PeriodController");
        assertThat(handlerOf("GET", "/dashboards/regions/990000").getMethod().getName())
                .isEqualTo("region");
    }

    @Test
    void anEscapedPathIsMatchedAsSpringMatchesIt() throws Exception {
        assertThat(handlerOf("GET", "/pl%61ns/42").getMethod().getName()).isEqualTo("showPlan");
    }

    @Test
    void aPathOfNoMappingFindsNothingAndAWrongMethodIsStillRefusedAsSuch() throws Exception {
        assertThat(handlerOf("GET", "/nowhere/42")).isNull();
        assertThatThrownBy(() -> handlerOf("DELETE", "/plans/42/periods"))
                .isInstanceOf(HttpRequestMethodNotSupportedException.class);
    }
}
