package com.hospitalplan.planworkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.hospitalplan.plan.PlanStatus;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Waiting imports live in PostgreSQL: claimed once, bounded per user, expiring by the database's clock, purged when
 * expired, and an expired one is refused in the user's language.
 */
@IntegrationTest
class ImportPreviewsInDatabaseTest {

    @Autowired
    PendingImports pending;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private PendingImports.Pending upload(SignedInUser user) {
        return new PendingImports.Pending(
                user.id(),
                null,
                null,
                0,
                "plan.xlsx",
                new byte[] {1, 2, 3},
                Set.of("测试医院"),
                Set.of(PlanStatus.DRAFT, PlanStatus.PUBLISHED));
    }

    @Test
    void anImportIsKeptAsUploadedAndOnlyItsOwnUserFindsIt() {
        SignedInUser planner = accounts.signedIn(Role.PLANNER);
        SignedInUser other = accounts.signedIn(Role.PLANNER);
        String token = pending.add(upload(planner));

        PendingImports.Pending found =
                pending.find(token, planner.id()).orElseThrow().pending();
        assertThat(found.content()).containsExactly(1, 2, 3);
        assertThat(found.owners()).containsExactly("测试医院");
        assertThat(found.statuses()).containsExactlyInAnyOrder(PlanStatus.DRAFT, PlanStatus.PUBLISHED);
        assertThat(found.planId()).isNull();
        assertThat(pending.find(token, other.id())).isEmpty();
        assertThat(pending.claim(token, other.id())).isInstanceOf(PendingImports.Claim.Missing.class);
    }

    @Test
    void anImportIsClaimedOnceAndThenLeadsToItsPlan() {
        SignedInUser planner = accounts.signedIn(Role.PLANNER);
        String token = pending.add(upload(planner));

        assertThat(pending.claim(token, planner.id())).isInstanceOf(PendingImports.Claim.Claimed.class);
        assertThat(pending.claim(token, planner.id())).isInstanceOf(PendingImports.Claim.Busy.class);
        pending.done(token, 42L);

        assertThat(pending.claim(token, planner.id())).isEqualTo(new PendingImports.Claim.Done(42L));
    }

    @Test
    void ofConfirmationsAtTheSameTimeOneClaimsTheImport() throws Exception {
        SignedInUser planner = accounts.signedIn(Role.PLANNER);
        String token = pending.add(upload(planner));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<PendingImports.Claim>> claims = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                claims.add(() -> pending.claim(token, planner.id()));
            }
            List<PendingImports.Claim> results = new ArrayList<>();
            for (Future<PendingImports.Claim> result : threads.invokeAll(claims)) {
                results.add(result.get());
            }
            assertThat(results)
                    .filteredOn(c -> c instanceof PendingImports.Claim.Claimed)
                    .hasSize(1);
            assertThat(results)
                    .filteredOn(c -> c instanceof PendingImports.Claim.Busy)
                    .hasSize(3);
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void aFailedSaveLetsTheImportWaitAgain() {
        SignedInUser planner = accounts.signedIn(Role.PLANNER);
        String token = pending.add(upload(planner));
        pending.claim(token, planner.id());

        pending.release(token);

        assertThat(pending.claim(token, planner.id())).isInstanceOf(PendingImports.Claim.Claimed.class);
    }

    @Test
    void aUserKeepsTwoImportsWaiting() {
        SignedInUser planner = accounts.signedIn(Role.PLANNER);
        String first = pending.add(upload(planner));
        String second = pending.add(upload(planner));
        String third = pending.add(upload(planner));

        assertThat(pending.find(first, planner.id())).isEmpty();
        assertThat(pending.find(second, planner.id())).isPresent();
        assertThat(pending.find(third, planner.id())).isPresent();
        assertThat(jdbc.queryForObject(
                        "select count(*) from import_preview where user_id = ?", Integer.class, planner.id()))
                .isEqualTo(PendingImports.PER_USER);
    }

    @Test
    void anExpiredImportIsNeitherFoundNorClaimedAndIsPurged() {
        SignedInUser planner = accounts.signedIn(Role.PLANNER);
        String token = pending.add(upload(planner));

        expire(token);

        assertThat(pending.find(token, planner.id())).isEmpty();
        assertThat(pending.claim(token, planner.id())).isInstanceOf(PendingImports.Claim.Missing.class);
        // the purge job itself, past its lock (which another context's run may hold)
        AopTestUtils.<PendingImports>getUltimateTargetObject(pending).purgeExpired();
        assertThat(jdbc.queryForObject("select count(*) from import_preview where token = ?", Integer.class, token))
                .isZero();
    }

    @Test
    void anExpiredPreviewIsRefusedInTheUsersLanguage() throws Exception {
        SignedInUser planner = accounts.signedIn(Role.PLANNER);
        String token = pending.add(upload(planner));
        expire(token);

        assertThat(refusal(token, planner, "en")).contains("This import has expired or was already completed.");
        assertThat(refusal(token, planner, "zh-CN")).contains("该导入已过期或已完成，请重新上传工作簿。");
    }

    /** Opens the preview of {@code token} in the language {@code lang}; returns the page it was sent back to. */
    private String refusal(String token, SignedInUser planner, String lang) throws Exception {
        MvcResult preview = mvc.perform(
                        get("/plans/import/{token}", token).with(user(planner)).cookie(new Cookie("lang", lang)))
                .andReturn();
        assertThat(preview.getResponse().getRedirectedUrl()).isEqualTo("/plans/import");
        // the message waits in the session, which lives in PostgreSQL: follow the redirect with its cookie
        String setCookie = preview.getResponse().getHeader("Set-Cookie");
        assertThat(setCookie).contains("=");
        String nameAndValue = setCookie.split(";")[0];
        Cookie session = new Cookie(
                nameAndValue.substring(0, nameAndValue.indexOf('=')),
                nameAndValue.substring(nameAndValue.indexOf('=') + 1));
        MockHttpServletResponse form = mvc.perform(
                        get("/plans/import").with(user(planner)).cookie(new Cookie("lang", lang), session))
                .andReturn()
                .getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        return form.getContentAsString(StandardCharsets.UTF_8);
    }

    private void expire(String token) {
        jdbc.update("update import_preview set expires_at = now() - interval '1 second' where token = ?", token);
    }
}
