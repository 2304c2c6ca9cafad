package com.hospitalplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

class CachedFragmentDialectTest {

    /** A view object that counts how often the template reads it. */
    public static final class View {
        final AtomicInteger reads = new AtomicInteger();
        final List<String> names;

        View(String... names) {
            this.names = List.of(names);
        }

        public List<String> names() {
            reads.incrementAndGet();
            return names;
        }
    }

    private static final String PAGE = """
            <p th:text="${who}">who</p>
            <section %sclass="s"><ul><li th:each="n : ${d?.names()}" th:text="${n}" th:attr="data-chart='[[' + ${n} + ',1]]'">x</li></ul>
            <a th:href="@{/plans/1(status=${param.status})}">link</a> [[${d?.names()?.size()}]]</section>""";

    private final TemplateEngine cached = engine(new RenderedFragments(1_000_000));
    private final TemplateEngine plain = engine(null);

    @Test
    void theSecondRenderingOfTheSameViewReadsNothingAndGivesTheSameHtml() {
        View view = new View("甲", "乙<b>");

        String first = render(cached, view, "alice", "status=ON_TRACK");
        String second = render(cached, view, "bob", "status=ON_TRACK");

        assertThat(first).contains("2</section>");
        assertThat(view.reads).hasValue(2); // the list and its size, once
        assertThat(second).isEqualTo(first.replace("alice", "bob"));
        assertThat(first).isEqualTo(render(plain, new View("甲", "乙<b>"), "alice", "status=ON_TRACK"));
        assertThat(first)
                .contains("data-chart=\"[[甲,1]]\"")
                .contains("乙&lt;b&gt;")
                .doesNotContain("hp:");
    }

    @Test
    void anotherViewObjectOrAnotherAddressIsRenderedAgain() {
        View view = new View("甲");
        render(cached, view, "alice", "status=ON_TRACK");

        String otherAddress = render(cached, view, "alice", "status=OFF_TRACK");
        String otherView = render(cached, new View("丙"), "alice", "status=ON_TRACK");

        assertThat(view.reads).hasValue(4);
        assertThat(otherAddress).contains("status=OFF_TRACK");
        assertThat(otherView).contains("丙").doesNotContain("甲");
    }

    @Test
    void withoutAViewObjectTheElementIsRenderedEachTime() {
        String html = render(cached, null, "alice", "");

        assertThat(html).contains("<section class=\"s\">").doesNotContain("hp:");
    }

    @Test
    void aPartKeptByValueIsRenderedOncePerValueWhateverTheAddress() {
        View view = new View("甲");
        String first = renderByValue(cached, view, "key-1", "/plans/1");
        String again = renderByValue(cached, view, "key-1", "/dashboards/regions/990000");
        String otherValue = renderByValue(cached, view, "key-2", "/plans/1");

        assertThat(view.reads).hasValue(2); // once for key-1, once for key-2
        assertThat(again).isEqualTo(first);
        assertThat(otherValue).isEqualTo(first.replace("key-1", "key-2"));
        assertThat(first).contains("<b>key-1</b>").contains("<li>甲</li>").doesNotContain("hp:");
    }

    private static String renderByValue(TemplateEngine engine, View view, String key, String path) {
        var servletContext = new MockServletContext();
        var request = new MockHttpServletRequest(servletContext, "GET", path);
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse());
        Map<String, Object> variables = Map.of("d", view, "key", key);
        return engine.process(
                "<nav hp:cache-as=\"${key}\"><b th:text=\"${key}\">k</b><ul><li th:each=\"n : ${d.names()}\" th:text=\"${n}\">x</li></ul></nav>",
                new WebContext(exchange, Locale.CHINA, variables));
    }

    private static String render(TemplateEngine engine, View view, String who, String query) {
        var servletContext = new MockServletContext();
        var request = new MockHttpServletRequest(servletContext, "GET", "/plans/1/dashboard");
        request.setQueryString(query);
        for (String pair : query.split("&")) {
            if (pair.contains("=")) {
                request.addParameter(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse());
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("who", who);
        variables.put("d", view);
        String template = PAGE.formatted(
                engine.getDialects().stream().anyMatch(d -> d instanceof CachedFragmentDialect)
                        ? "hp:cache-by=\"${d}\" "
                        : "");
        return engine.process(template, new WebContext(exchange, Locale.CHINA, variables));
    }

    private static TemplateEngine engine(RenderedFragments rendered) {
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        if (rendered != null) {
            engine.addDialect(new CachedFragmentDialect(rendered));
        }
        return engine;
    }
}
