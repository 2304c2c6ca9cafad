package com.hospitalplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrators' audit page and its CSV export: only administrators, newest first, each filter, paging; and the
 * purge and the database's protection of the records.
 */
@AuditWebSlice
class AuditPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditRows audit;

    @Autowired
    AuditRecords records;

    @Autowired
    JdbcTemplate jdbc;

    private SignedInUser admin;
    private String actor;

    @BeforeEach
    void anAdministratorAndAnActor() {
        admin = accounts.signedIn(Role.ADMIN);
        actor = "actor-" + System.nanoTime();
    }

    @Test
    void otherRolesAreRefusedThePageAndTheExport() throws Exception {
        for (Role role : new Role[] {Role.PLANNER, Role.REPORTER, Role.REVIEWER, Role.VIEWER}) {
            SignedInUser other = accounts.signedIn(role);
            mvc.perform(get("/admin/audit").with(user(other))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/audit/export").with(user(other))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/audit/export")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theAdministratorSeesTheRecordsNewestFirstInChineseAndInEnglish() throws Exception {
        long older = audit.insert(actor, AuditKind.SIGN_IN, actor, 2);
        long newer = audit.insert(actor, AuditKind.PASSWORD_CHANGED, actor, 1);
        String page = page(get("/admin/audit").param("user", actor));
        assertThat(page).contains("审计日志", "客户端地址");
        assertThat(rowOf(page, newer)).contains(actor, "192.0.2.1", "修改密码");
        assertThat(rowOf(page, older)).contains(actor, "192.0.2.1", "登录");
        assertThat(page.indexOf(row(newer))).isPositive().isLessThan(page.indexOf(row(older)));

        String english = page(get("/admin/audit").param("user", actor).param("lang", "en"));
        assertThat(english).contains("Audit log", "Client address");
        assertThat(rowOf(english, newer)).contains("Password changed");
        assertThat(rowOf(english, older)).contains("Signed in");
    }

    @Test
    void eachFilterNarrowsTheList() throws Exception {
        String other = actor + "-other";
        long signIn = audit.insert(actor, AuditKind.SIGN_IN, "subject-a-" + actor, 3);
        long failed = audit.insert(actor, AuditKind.SIGN_IN_FAILED, "subject-b-" + actor, 1);
        long elses = audit.insert(other, AuditKind.SIGN_IN, "subject-a-" + actor, 1);

        assertThat(page(get("/admin/audit").param("user", actor)))
                .contains(row(signIn), row(failed))
                .doesNotContain(row(elses));
        assertThat(page(get("/admin/audit").param("user", actor).param("kind", "SIGN_IN_FAILED")))
                .contains(row(failed))
                .doesNotContain(row(signIn));
        assertThat(page(get("/admin/audit").param("subject", "subject-a-" + actor)))
                .contains(row(signIn), row(elses))
                .doesNotContain(row(failed));
        LocalDate twoDaysAgo = LocalDate.now(ZoneId.systemDefault()).minusDays(2);
        assertThat(page(get("/admin/audit")
                        .param("user", actor)
                        .param("from", twoDaysAgo.toString())
                        .param("to", LocalDate.now(ZoneId.systemDefault()).toString())))
                .contains(row(failed))
                .doesNotContain(row(signIn));
        assertThat(page(get("/admin/audit")
                        .param("user", actor)
                        .param("to", twoDaysAgo.minusDays(1).toString())))
                .contains(row(signIn))
                .doesNotContain(row(failed));
    }

    @Test
    void aFilterThatCannotBeReadIsShownAgainWithTheReason() throws Exception {
        String page = page(get("/admin/audit").param("from", "2026-13-45").param("user", actor));
        assertThat(page).contains("请填写有效的日期。", "2026-13-45", actor).doesNotContain("java.");
        mvc.perform(get("/admin/audit").with(user(admin)).param("kind", "NO_SUCH_KIND"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请选择列出的事件。")));
        mvc.perform(get("/admin/audit/export").with(user(admin)).param("to", "yesterday"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void pagesHoldFiftyRecordsAndLeadToOlderOnes() throws Exception {
        for (int i = 0; i < AuditController.PAGE_SIZE + 1; i++) {
            audit.insert(actor, AuditKind.SIGN_IN, actor, 1);
        }
        long oldest = audit.insert(actor, AuditKind.SIGN_OUT, actor, 5);
        String first = page(get("/admin/audit").param("user", actor));
        assertThat(first).contains("第 1–50 条").doesNotContain(row(oldest));
        String second = page(get("/admin/audit").param("user", actor).param("page", "2"));
        assertThat(second).contains("第 51–52 条", row(oldest));

        AuditFilter filter = new AuditFilter();
        filter.setUser(actor);
        AuditPage third = records.page(filter, 3, 25);
        assertThat(third.rows()).extracting(AuditRow::id).hasSize(2).last().isEqualTo(oldest);
        assertThat(third.hasNext()).isFalse();
        assertThat(records.page(filter, 2, 25).hasNext()).isTrue();
    }

    @Test
    void theExportHoldsTheFilteredRowsAsCsvWithFormulasDefused() throws Exception {
        audit.insert(actor, AuditKind.SIGN_IN, actor, 1);
        audit.insert(actor, AuditKind.SIGN_IN_FAILED, "=HYPERLINK(\"http://evil\")", 1);
        audit.insert(actor + "-other", AuditKind.SIGN_IN, actor, 1);
        byte[] body = mvc.perform(get("/admin/audit/export").with(user(admin)).param("user", actor))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"时间\",\"用户\",\"客户端地址\",\"事件\"");
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("\"登录失败\",\"SIGN_IN_FAILED\"", "\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(csv).doesNotContain(actor + "-other");
    }

    @Test
    void thePurgeDeletesOnlyRecordsOlderThanTheRetention() {
        long old = audit.insert(actor, AuditKind.SIGN_IN, actor, 400);
        long kept = audit.insert(actor, AuditKind.SIGN_IN, actor, 200);
        long recent = audit.insert(actor, AuditKind.SIGN_IN, actor, 1);

        new AuditPurge(records, new AuditProperties(365)).purge();

        assertThat(audit.exists(old)).isFalse();
        assertThat(audit.exists(kept)).isTrue();
        assertThat(audit.exists(recent)).isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeARecordOrDeleteOneYoungerThan180Days() {
        long young = audit.insert(actor, AuditKind.SIGN_IN, actor, 179);
        assertThatThrownBy(() -> jdbc.update("update audit_record set actor_name = 'someone' where id = ?", young))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.update("delete from audit_record where id = ?", young))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("at least 180 days");
        assertThat(audit.exists(young)).isTrue();
    }

    private static String row(long id) {
        return "id=\"audit-" + id + "\"";
    }

    /** The table row of record {@code id} in the page. */
    private static String rowOf(String page, long id) {
        int start = page.indexOf(row(id));
        assertThat(start).as("row of record %d", id).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
