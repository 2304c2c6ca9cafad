package com.hospitalplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The headers the real security chain puts on every page, shown on stand-in pages at the home and sign-in addresses
 * (what the pages themselves show is their modules' concern), and the static files the application serves itself.
 */
@WebMvcTest(SecurityHeadersTest.Pages.class)
@SecuredWebSlice
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void signedInPagesForbidInlineScriptsAndOtherHostsAndAreNotStored() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/").with(user(SignedInUsers.of(Role.PLANNER, 1, 1))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);

        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy)
                .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theSignInPageCarriesTheSamePolicy() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void bootstrapAndHtmxAreServedByTheApplicationItself() throws Exception {
        for (String asset : List.of(
                "/webjars/bootstrap/css/bootstrap.min.css",
                "/webjars/bootstrap/js/bootstrap.bundle.min.js",
                "/webjars/htmx.org/dist/htmx.min.js",
                "/css/app.css")) {
            MockHttpServletResponse response =
                    mvc.perform(get(asset)).andReturn().getResponse();
            assertThat(response.getStatus()).as(asset).isEqualTo(200);
            assertThat(response.getContentAsByteArray()).as(asset).hasSizeGreaterThan(100);
        }
    }

    @Test
    void templatesHaveNoInlineScriptsHandlersOrStyles() throws IOException {
        Pattern inlineScript = Pattern.compile("(?i)<script(?![^>]*\\bth:src=|[^>]*\\bsrc=)[^>]*>");
        Pattern handler = Pattern.compile("(?i)\\son[a-z]+\\s*=");
        Pattern style = Pattern.compile("(?i)(<style|\\sstyle\\s*=|th:style)");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template);
                assertThat(html).as(template + " inline script").doesNotContainPattern(inlineScript);
                assertThat(html).as(template + " event handler attribute").doesNotContainPattern(handler);
                assertThat(html).as(template + " inline style").doesNotContainPattern(style);
            }
        }
    }

    /** Stand-ins for the home page, which needs a signed-in user, and the sign-in page, which anyone may see. */
    @TestConfiguration(proxyBeanMethods = false)
    @RestController
    static class Pages {

        @GetMapping({"/", "/login"})
        String page() {
            return "<!DOCTYPE html><html><body>page</body></html>";
        }
    }
}
