package com.hospitalplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A plan's span is written "2021—2025年" on its dashboard, in both languages, and in the PDF for leaders. */
@IntegrationTest
class YearsOnDashboardsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Test
    void thePlansSpanIsNeverGroupedOnThePageOrInThePdf() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser reviewer = accounts.reviewerOver(plan.hospitalId());

        String chinese = page("/plans/" + plan.planId() + "/dashboard?lang=zh-CN", reviewer);
        assertThat(chinese).contains("2021—2025年").doesNotContain("2,021");
        String english = page("/plans/" + plan.planId() + "/dashboard?lang=en", reviewer);
        assertThat(english).contains("2021–2025").doesNotContain("2,021");

        byte[] pdf = mvc.perform(
                        get("/plans/{id}/dashboard/report.pdf", plan.planId()).with(user(reviewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text.replaceAll("\\s+", "")).contains("2021—2025年").doesNotContain("2,021");
        }
    }

    private String page(String url, SignedInUser viewer) throws Exception {
        return mvc.perform(get(url).with(user(viewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
