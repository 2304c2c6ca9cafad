package com.hospitalplan.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The menu, the bell and the user's menu are on every page a signed-in user sees, error pages included, and only then. */
@IntegrationTest
class SignedInMarkTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Test
    void aSignedInUserHasTheMenuOnPagesAndOnTheErrorPagesOfBadInput() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());

        MockHttpServletResponse page = answer(get("/plans/{id}", plan.planId()).with(user(planner)));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"nav-home\"", "id=\"notification-bell\"", "id=\"user-menu\"");

        // a 400 page drawn by an exception handler, which gets none of the controllers' model values
        MockHttpServletResponse refused =
                answer(get("/plans/{id}", "not-a-number").with(user(planner)));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"nav-home\"", "id=\"notification-bell\"", "id=\"user-menu\"");
    }

    @Test
    void theSignInPageHasNoMenu() throws Exception {
        MockHttpServletResponse page = answer(get("/login"));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("main-nav")
                .doesNotContain("id=\"nav-home\"", "id=\"notification-bell\"", "id=\"user-menu\"");
    }

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
