package com.hospitalplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hospitalplan.user.ApiTokenService;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import com.hospitalplan.user.SignedInUsers;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who gets past CSRF and how the API answers callers it does not know, through the real security chain: CSRF is
 * skipped only for a request that authenticated with a valid API token (a junk {@code Authorization: Bearer} header
 * on a form post skips nothing), and the API answers 401 problem JSON where pages send people to sign in.
 */
@WebMvcTest(ApiAuthenticationTest.Endpoints.class)
@SecuredWebSlice
class ApiAuthenticationTest {

    private static final String VALID_TOKEN = "hpt_valid-token-of-this-test";
    private static final String API = "/api/v1/test/echo";
    private static final String PAGE = "/test/form";

    private final SignedInUser tokenOwner = SignedInUsers.of(Role.REPORTER, 41, 7);
    private final SignedInUser sessionUser = SignedInUsers.of(Role.PLANNER, 42, 7);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenService tokens;

    @BeforeEach
    void onlyOneTokenIsValid() {
        given(tokens.authenticate(anyString())).willReturn(Optional.empty());
        given(tokens.authenticate(VALID_TOKEN)).willReturn(Optional.of(tokenOwner));
    }

    @Test
    void aFormPostWithAJunkBearerHeaderAndNoCsrfTokenIsRefused() throws Exception {
        MockHttpServletResponse response = mvc.perform(post(PAGE)
                        .session(browserSession())
                        .with(user(sessionUser))
                        .header("Authorization", "Bearer junk")
                        .param("name", "x"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).doesNotContain("posted by");
    }

    @Test
    void aValidTokenDoesNotExcuseAFormPostToAPageFromCsrf() throws Exception {
        int status = mvc.perform(post(PAGE)
                        .session(browserSession())
                        .with(user(sessionUser))
                        .header("Authorization", "Bearer " + VALID_TOKEN))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
    }

    @Test
    void theApiWorksWithAValidTokenAndNoCsrfTokenAndStoresNoSession() throws Exception {
        MvcResult result = mvc.perform(post(API).header("Authorization", "Bearer " + VALID_TOKEN))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).isEqualTo("posted by " + tokenOwner.getUsername());
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void aSignedInBrowserStillNeedsTheCsrfTokenOnTheApi() throws Exception {
        MockHttpServletResponse refused = mvc.perform(
                        post(API).session(browserSession()).with(user(sessionUser)))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":403", "无权访问");

        MockHttpServletResponse accepted = mvc.perform(
                        post(API).with(user(sessionUser)).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(accepted.getStatus()).isEqualTo(200);
    }

    @Test
    void anAnonymousApiPostGets401ProblemJsonNotTheSignInPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        post(API).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn()
                .getResponse();

        assertUnauthorized(response);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void anAnonymousApiGetGets401ProblemJson() throws Exception {
        assertUnauthorized(mvc.perform(get(API)).andReturn().getResponse());
    }

    @Test
    void aJunkTokenGets401ProblemJsonSayingTheTokenIsInvalid() throws Exception {
        MockHttpServletResponse response = mvc.perform(post(API).header("Authorization", "Bearer junk"))
                .andReturn()
                .getResponse();

        assertUnauthorized(response);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("令牌无效");
    }

    @Test
    void theProblemSpeaksEnglishWhenAskedTo() throws Exception {
        MockHttpServletResponse response = mvc.perform(get(API).cookie(new jakarta.servlet.http.Cookie("lang", "en")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("Sign-in required")
                .doesNotContain("需要");
    }

    @Test
    void pagesStillSendAnonymousPeopleToSignIn() throws Exception {
        MockHttpServletResponse response = mvc.perform(get(PAGE)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }

    /**
     * The session of a browser that has opened a page of the application: it holds the CSRF token the page's forms
     * carry, which a foreign page cannot read.
     */
    private static MockHttpSession browserSession() {
        MockHttpSession session = new MockHttpSession();
        HttpSessionCsrfTokenRepository repository = new HttpSessionCsrfTokenRepository();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        repository.saveToken(repository.generateToken(request), request, new MockHttpServletResponse());
        return session;
    }

    private static void assertUnauthorized(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"status\":401", "\"title\":\"需要登录\"")
                .doesNotContain("Exception", "posted by");
    }

    /** Stand-ins for an API write and a page's form. */
    @TestConfiguration(proxyBeanMethods = false)
    @RestController
    static class Endpoints {

        @PostMapping({API, PAGE})
        String post(@AuthenticationPrincipal SignedInUser caller) {
            return "posted by " + caller.getUsername();
        }

        @GetMapping({API, PAGE})
        String get(@AuthenticationPrincipal SignedInUser caller) {
            return "read by " + caller.getUsername();
        }
    }
}
