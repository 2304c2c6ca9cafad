package com.hospitalplan.support;

import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs axe-core (the npm package in {@code node_modules/axe-core}, never fetched from the internet) on the page a
 * browser test shows, and fails on any serious or critical violation: each with its rule id, impact and the first nodes.
 * The script is evaluated through the browser's debugging protocol, which the pages' Content-Security-Policy
 * ({@code script-src 'self'}) does not stop, so the page is checked with its real headers.
 */
public final class AxeCheck {

    /** Where {@code npm ci} puts the axe-core bundle (package.json lists it as a devDependency). */
    static final Path AXE_SCRIPT = Path.of("node_modules", "axe-core", "axe.min.js");

    /** How many offending nodes of a rule the failure message names. */
    private static final int NODES_SHOWN = 5;

    private static final String RUN = """
            async () => {
              const result = await window.axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({
                  id: v.id,
                  impact: v.impact,
                  help: v.help,
                  count: v.nodes.length,
                  nodes: v.nodes.slice(0, %d).map(n =>
                    n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' ').trim())
                }));
            }
            """.formatted(NODES_SHOWN);

    private static String script;

    private AxeCheck() {}

    /** Fails with every serious or critical axe violation of the page {@code page} shows now. */
    public static void assertNoSeriousViolations(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(axeSource());
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(RUN);
        if (!violations.isEmpty()) {
            fail("axe-core found %d serious or critical violation(s) on %s:%n%s"
                    .formatted(
                            violations.size(),
                            page.url(),
                            violations.stream().map(AxeCheck::describe).collect(Collectors.joining("\n"))));
        }
    }

    private static String describe(Map<String, Object> violation) {
        @SuppressWarnings("unchecked")
        List<String> nodes = (List<String>) violation.get("nodes");
        return "- %s (%s, %s node(s)): %s%n    %s"
                .formatted(
                        violation.get("id"),
                        violation.get("impact"),
                        violation.get("count"),
                        violation.get("help"),
                        String.join("\n    ", nodes));
    }

    /** The bundle's source, wrapped so that it defines {@code window.axe} when evaluated as an expression. */
    private static synchronized String axeSource() {
        if (script == null) {
            if (!Files.isRegularFile(AXE_SCRIPT)) {
                fail(AXE_SCRIPT.toAbsolutePath() + " is missing: run npm ci (axe-core is a devDependency)");
            }
            try {
                script = "(() => {" + Files.readString(AXE_SCRIPT, StandardCharsets.UTF_8) + "\n})()";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
