package com.hospitalplan.planworkbook;

import com.hospitalplan.config.AppProperties;
import com.hospitalplan.plan.PlanStatus;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploaded workbooks waiting for the officer to confirm, kept in PostgreSQL ({@code import_preview}) under a random
 * token so that confirming does not upload the file again, on whichever instance the confirmation arrives. Bounded in
 * time (each waits at most {@code pendingTime}, by the database's clock) and number (two per user, {@code maxPending}
 * in all; the oldest gives way). Claiming an import for saving is one conditional update, so of two confirmations on
 * any instances one saves and the other is told the import is busy or done. A confirmed import keeps its plan's id
 * until it expires, so a second confirmation (a double click, a resent form) leads to the same plan.
 */
@Component
public class PendingImports {

    /**
     * What is kept: a plan workbook, a plan document (its text read again by the document import), or a project
     * progress workbook (its {@code planId} is the reporting period, its {@code planVersion} the version of the unit's
     * report at upload, and {@link #done} records the report it was written to).
     */
    public enum Kind {
        WORKBOOK,
        DOCUMENT,
        PROGRESS
    }

    /**
     * An uploaded workbook and what it was checked against.
     *
     * @param planId the draft whose content the workbook replaces, or {@code null} for a new plan
     * @param planVersion the draft's version when the workbook was read
     * @param owners the organisations (full names) the plan may belong to; empty means any
     * @param statuses the statuses the imported plan may have
     */
    public record Pending(
            Long userId,
            Long planId,
            String planTitle,
            long planVersion,
            String fileName,
            byte[] content,
            Set<String> owners,
            Set<PlanStatus> statuses) {}

    /** A pending import found for its user, and when it expires. */
    public record Waiting(Pending pending, Instant expiresAt) {}

    /** What a confirmation found. */
    public sealed interface Claim {
        /** The caller now holds the import and must call {@link #done} or {@link #release}. */
        record Claimed(Pending pending) implements Claim {}

        /** Already imported as this plan. */
        record Done(Long planId) implements Claim {}

        /** Being imported by another request right now. */
        record Busy() implements Claim {}

        /** No such import for this user, or it expired. */
        record Missing() implements Claim {}
    }

    static final int PER_USER = 2;

    /** Serialises additions across instances, so that the limits hold (the key of a transaction advisory lock). */
    private static final long ADD_LOCK = 0x706c616e696d70L;

    private static final String COLUMNS =
            "user_id, plan_id, plan_title, plan_version, file_name, content, owners, statuses, expires_at";

    private final JdbcClient jdbc;
    private final Duration ttl;
    private final int max;
    private final SecureRandom random = new SecureRandom();
    private final JsonMapper json = JsonMapper.builder().build();

    PendingImports(JdbcClient jdbc, AppProperties properties) {
        this.jdbc = jdbc;
        this.ttl = properties.workbook().pendingTime();
        this.max = properties.workbook().maxPending();
    }

    /** Keeps the uploaded workbook; returns its token. */
    @Transactional
    String add(Pending pending) {
        return add(Kind.WORKBOOK, pending);
    }

    /** Keeps the upload of that kind; returns its token. */
    @Transactional
    public String add(Kind kind, Pending pending) {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", ADD_LOCK)
                .query()
                .singleValue();
        jdbc.sql("""
                        delete from import_preview where token in (
                            select token from import_preview
                             where user_id = :userId and kind = :kind and state = 'WAITING' and expires_at > now()
                             order by created_at desc offset :keep)
                        """)
                .param("userId", pending.userId())
                .param("kind", kind.name())
                .param("keep", PER_USER - 1)
                .update();
        jdbc.sql("""
                        delete from import_preview where token in (
                            select token from import_preview
                             where state <> 'SAVING' and expires_at > now()
                             order by created_at desc offset :keep)
                        """).param("keep", max - 1).update();
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into import_preview (token, kind, " + COLUMNS + ") values (:token, :kind, :userId, :planId,"
                        + " :planTitle, :planVersion, :fileName, :content, :owners, :statuses,"
                        + " now() + make_interval(secs => :ttl))")
                .param("token", token)
                .param("kind", kind.name())
                .param("userId", pending.userId())
                .param("planId", pending.planId())
                .param("planTitle", pending.planTitle())
                .param("planVersion", pending.planVersion())
                .param("fileName", pending.fileName())
                .param("content", pending.content())
                .param("owners", json.writeValueAsString(pending.owners()))
                .param("statuses", json.writeValueAsString(pending.statuses()))
                .param("ttl", ttl.toSeconds())
                .update();
        return token;
    }

    /** The user's waiting (or already confirmed) workbook import, if it has not expired. */
    Optional<Waiting> find(String token, Long userId) {
        return find(Kind.WORKBOOK, token, userId);
    }

    /** The user's waiting (or already confirmed) upload of that kind, if it has not expired. */
    public Optional<Waiting> find(Kind kind, String token, Long userId) {
        return jdbc.sql("select " + COLUMNS + " from import_preview"
                        + " where token = :token and kind = :kind and user_id = :userId and expires_at > now()")
                .param("token", token)
                .param("kind", kind.name())
                .param("userId", userId)
                .query((rs, row) ->
                        new Waiting(pending(rs), rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    /** Takes the workbook import for saving, unless another request (on any instance) has it or it is done. */
    Claim claim(String token, Long userId) {
        return claim(Kind.WORKBOOK, token, userId);
    }

    /** Takes the upload of that kind for saving, unless another request (on any instance) has it or it is done. */
    public Claim claim(Kind kind, String token, Long userId) {
        Optional<Pending> claimed = jdbc.sql("update import_preview set state = 'SAVING'"
                        + " where token = :token and kind = :kind and user_id = :userId and state = 'WAITING'"
                        + " and expires_at > now() returning " + COLUMNS)
                .param("token", token)
                .param("kind", kind.name())
                .param("userId", userId)
                .query((rs, row) -> pending(rs))
                .optional();
        if (claimed.isPresent()) {
            return new Claim.Claimed(claimed.get());
        }
        return jdbc.sql("select state, result_plan_id from import_preview"
                        + " where token = :token and kind = :kind and user_id = :userId and expires_at > now()")
                .param("token", token)
                .param("kind", kind.name())
                .param("userId", userId)
                .query((rs, row) -> switch (rs.getString("state")) {
                    case "DONE" -> (Claim) new Claim.Done(rs.getLong("result_plan_id"));
                    // SAVING, or WAITING again because a save failed between the two statements: try again shortly
                    default -> new Claim.Busy();
                })
                .optional()
                .orElseGet(Claim.Missing::new);
    }

    public void done(String token, Long planId) {
        jdbc.sql("update import_preview set state = 'DONE', result_plan_id = :planId where token = :token")
                .param("planId", planId)
                .param("token", token)
                .update();
    }

    /** Saving failed: the import waits again. */
    public void release(String token) {
        jdbc.sql("update import_preview set state = 'WAITING' where token = :token and state = 'SAVING'")
                .param("token", token)
                .update();
    }

    /**
     * Every ten minutes, on one instance: forgets expired imports. One being saved is kept an hour longer, so that
     * the request saving it can still record its plan.
     */
    @Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
    @SchedulerLock(name = "importPreviewPurge", lockAtMostFor = "PT5M", lockAtLeastFor = "PT1M")
    void purgeExpired() {
        jdbc.sql("""
                        delete from import_preview
                         where expires_at < now() and (state <> 'SAVING' or expires_at < now() - interval '1 hour')
                        """).update();
    }

    private Pending pending(ResultSet rs) throws SQLException {
        return new Pending(
                rs.getLong("user_id"),
                rs.getObject("plan_id", Long.class),
                rs.getString("plan_title"),
                rs.getLong("plan_version"),
                rs.getString("file_name"),
                rs.getBytes("content"),
                Set.copyOf(json.readValue(rs.getString("owners"), new TypeReference<List<String>>() {})),
                Set.copyOf(json.readValue(rs.getString("statuses"), new TypeReference<List<PlanStatus>>() {})));
    }
}
