package com.hospitalplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PerReadRequestTest {

    private final AtomicInteger made = new AtomicInteger();

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void inRequest(String method) {
        RequestContextHolder.setRequestAttributes(
                new ServletRequestAttributes(new MockHttpServletRequest(method, "/plans")));
    }

    @Test
    void aReadRequestMakesTheValueOncePerKey() {
        inRequest("GET");

        assertThat(PerReadRequest.once("a", made::incrementAndGet)).isEqualTo(1);
        assertThat(PerReadRequest.once("a", made::incrementAndGet)).isEqualTo(1);
        assertThat(PerReadRequest.once("b", made::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aWritingRequestAndWorkOutsideARequestMakeItEachTime() {
        inRequest("POST");
        PerReadRequest.once("a", made::incrementAndGet);
        PerReadRequest.once("a", made::incrementAndGet);
        RequestContextHolder.resetRequestAttributes();
        PerReadRequest.once("a", made::incrementAndGet);

        assertThat(made).hasValue(3);
    }
}
