package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** 上期值 on a report is the unit's last approved value, and the form says so. */
@IntegrationTest
class LastApprovedValueTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportDrafting drafting;

    @Autowired
    ReportDecisions decisions;

    @Autowired
    ReportPages pages;

    @Test
    void aValueNotYetApprovedIsNotTheLastValue() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        SignedInUser reviewer = accounts.reviewerOver(plan.hospitalId());
        int year = ScratchPlans.reportedYear();
        Long earlier = scratchPlans.draftIn(plan, scratchPlans.openYear(plan, year - 1), reporter);
        drafting.submit(earlier, version(earlier, reporter), reporter);
        Long later = scratchPlans.draftIn(plan, scratchPlans.openYear(plan, year), reporter);

        assertThat(lastValue(later, reporter)).isNull();
        String form = mvc.perform(get("/reports/{id}", later).with(user(reporter)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("上期审核值");

        decisions.approve(earlier, version(earlier, reviewer), reviewer);
        assertThat(lastValue(later, reporter)).isEqualTo("36");
    }

    private String lastValue(Long reportId, SignedInUser reader) {
        return pages.page(reportId, reader, Locale.CHINA).values().get(0).lastValue();
    }

    private long version(Long reportId, SignedInUser reader) {
        return pages.page(reportId, reader, Locale.CHINA).version();
    }
}
