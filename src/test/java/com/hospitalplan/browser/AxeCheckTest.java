package com.hospitalplan.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hospitalplan.support.AxeCheck;
import com.hospitalplan.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The axe-core check bites: on a page of its own (no application needed) it names each serious or critical
 * violation with its impact and nodes, and lets a clean page pass.
 */
class AxeCheckTest extends BrowserTestSupport {

    @Test
    void failsOnLowContrastAndAnUnlabelledInputNamingTheRulesAndNodes() {
        page.setContent("""
                <!DOCTYPE html><html lang="en"><head><title>Bad</title></head><body><main>
                <h1>Bad page</h1>
                <p id="pale" style="color:#92befe;background:#0d6efd">Pale text on blue</p>
                <input id="nameless" type="text">
                </main></body></html>
                """);

        assertThatThrownBy(() -> AxeCheck.assertNoSeriousViolations(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("color-contrast (serious")
                .hasMessageContaining("#pale")
                .hasMessageContaining("label (critical")
                .hasMessageContaining("#nameless");
    }

    @Test
    void passesAPageWithoutSeriousViolations() {
        page.setContent("""
                <!DOCTYPE html><html lang="en"><head><title>Good</title></head><body><main>
                <h1>Good page</h1>
                <p style="color:#000;background:#fff">Black on white</p>
                <label for="named">Name</label><input id="named" type="text">
                </main></body></html>
                """);

        assertThatCode(() -> AxeCheck.assertNoSeriousViolations(page)).doesNotThrowAnyException();
    }
}
