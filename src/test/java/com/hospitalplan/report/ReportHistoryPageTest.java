package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The report's history reads as people write it: file sizes in KB, spending rows with the line's year and unit. */
@IntegrationTest
class ReportHistoryPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportEvidenceService evidence;

    @Test
    void theHistoryShowsSizesInKilobytesAndSpendingWithItsYear() throws Exception {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        SignedInUser reporter = accounts.as(draft.reporterUsername());
        byte[] pdf = new byte[15_000];
        Arrays.fill(pdf, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, head.length);
        evidence.addEvidence(draft.reportId(), "年度报告.pdf", pdf, reporter);

        String html = mvc.perform(get("/reports/{id}", draft.reportId()).with(user(reporter)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        String evidenceList = html.substring(html.indexOf("id=\"evidence-list\""), html.indexOf("id=\"history\""));
        assertThat(evidenceList).contains("年度报告.pdf", "14.6 KB");
        String history = html.substring(html.indexOf("id=\"history\""));
        assertThat(history).contains("上传佐证材料：年度报告.pdf", "14.6 KB").doesNotContain("15000");
        assertThat(history).contains("医院自筹 · 人才建设 · 2022", "100 万元");
    }
}
