package com.hospitalplan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test through JUnit's extension auto-detection: fails the test when any response it
 * caused showed a stack trace, an exception, SQL or a driver message.
 */
public class ResponseLeakCheck implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> leaks = ResponseLeaks.drain();
        assertThat(leaks).as("responses that show internals to the user").isEmpty();
    }
}
