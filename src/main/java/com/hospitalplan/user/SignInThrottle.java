package com.hospitalplan.user;

import com.hospitalplan.config.AppProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong passwords counted per typed name and client address, and per address alone, in PostgreSQL (table
 * {@code sign_in_throttle}), so that every instance refuses the same attempts. Beyond a few wrong passwords the name is
 * refused from that address, beyond more the address is refused for every name, each for a growing delay
 * ({@link ThrottleRule}); the same name from another address is not held back, so a guesser cannot lock its owner out.
 * Unknown names are counted and refused exactly like existing ones.
 */
@Component
class SignInThrottle {

    private static final int MAX_KEY_LENGTH = 64;

    private final JdbcClient jdbc;
    private final ThrottleRule perAccount;
    private final ThrottleRule perAddress;
    private final AppProperties.Security settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignInThrottle(JdbcClient jdbc, AppProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.settings = properties.security();
        this.perAccount = new ThrottleRule(settings.failuresPerAccount(), settings.firstDelay(), settings.maxDelay());
        this.perAddress = new ThrottleRule(settings.failuresPerAddress(), settings.firstDelay(), settings.maxDelay());
        this.clock = clock;
        this.events = events;
    }

    /** Until when attempts for {@code username} from {@code address} are refused, if they are now. */
    @Transactional(readOnly = true)
    public Optional<Instant> refusedUntil(String username, String address) {
        return jdbc.sql("""
                        select throttled_until from sign_in_throttle
                        where address = :address and throttled_until > :now
                          and ((scope = 'ACCOUNT' and username = :username) or scope = 'ADDRESS')
                        order by throttled_until desc limit 1""")
                .param("address", key(address))
                .param("username", name(username))
                .param("now", at(clock.instant()))
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    /** Counts a wrong password (or an unknown name) from {@code address}, refusing further attempts when too many. */
    @Transactional
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        count("ACCOUNT", name(username), key(address), perAccount, now)
                .ifPresent(until -> events.publishEvent(new SignInThrottled(name(username), key(address), until)));
        count("ADDRESS", "", key(address), perAddress, now)
                .ifPresent(until -> events.publishEvent(new SignInThrottled(null, key(address), until)));
    }

    /**
     * Forgets the wrong passwords for {@code username} from {@code address} after it signed in there. The address's
     * count for every name stays: one's own account must not reset it between guesses at others.
     */
    @Transactional
    public void recordSuccess(String username, String address) {
        jdbc.sql("delete from sign_in_throttle where scope = 'ACCOUNT' and username = :username and address = :address")
                .param("username", name(username))
                .param("address", key(address))
                .update();
    }

    /** Lifts every refusal and count of {@code username}, from every address; returns whether any was refused. */
    @Transactional
    public boolean lift(String username) {
        boolean refused = jdbc.sql("""
                        select exists (select 1 from sign_in_throttle
                                       where scope = 'ACCOUNT' and username = :username and throttled_until > :now)""")
                .param("username", name(username))
                .param("now", at(clock.instant()))
                .query(Boolean.class)
                .single();
        jdbc.sql("delete from sign_in_throttle where scope = 'ACCOUNT' and username = :username")
                .param("username", name(username))
                .update();
        return refused;
    }

    /** The user names (in lower case) refused now from at least one address, with the latest end of their refusals. */
    @Transactional(readOnly = true)
    public Map<String, Instant> refusedAccounts() {
        return jdbc
                .sql("""
                        select username, max(throttled_until) as until from sign_in_throttle
                        where scope = 'ACCOUNT' and throttled_until > :now group by username""")
                .param("now", at(clock.instant()))
                .query((row, i) -> Map.entry(
                        row.getString("username"),
                        row.getObject("until", OffsetDateTime.class).toInstant()))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The SQL condition that attempts for the account whose user name is in {@code usernameColumn} are refused now
     * (from at least one address), with the parameter {@code :now}: the rule {@link #refusedAccounts} applies, for a
     * query over accounts. User names are stored as typed; they hold no characters that {@link #name} strips or cuts.
     */
    static String refusedNow(String usernameColumn) {
        return "exists (select 1 from sign_in_throttle t where t.scope = 'ACCOUNT' and t.username = lower("
                + usernameColumn + ") and t.throttled_until > :now)";
    }

    /** Every hour, on one instance: {@link #purge}. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
    @SchedulerLock(name = "signInThrottlePurge", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void purgeOnSchedule() {
        purge();
    }

    /**
     * Forgets counts whose last wrong password is older than {@code app.security.forget-after}; not held back by the
     * schedule's lock (which another run may hold for a minute).
     */
    void purge() {
        Instant now = clock.instant();
        jdbc.sql("""
                        delete from sign_in_throttle
                        where last_failure_at < :forgotten and (throttled_until is null or throttled_until < :now)""")
                .param("forgotten", at(now.minus(settings.forgetAfter())))
                .param("now", at(now))
                .update();
    }

    /** Adds one wrong password to a count (started afresh when forgotten) and refuses attempts when the rule says so. */
    private Optional<Instant> count(String scope, String username, String address, ThrottleRule rule, Instant now) {
        int failures = jdbc.sql("""
                        insert into sign_in_throttle (scope, username, address, failures, last_failure_at)
                        values (:scope, :username, :address, 1, :now)
                        on conflict (scope, username, address) do update
                        set failures = case when sign_in_throttle.last_failure_at < :forgotten then 1
                                            else sign_in_throttle.failures + 1 end,
                            last_failure_at = :now
                        returning failures""")
                .param("scope", scope)
                .param("username", username)
                .param("address", address)
                .param("now", at(now))
                .param("forgotten", at(now.minus(settings.forgetAfter())))
                .query(Integer.class)
                .single();
        Optional<Instant> until = rule.refusedUntil(failures, now);
        until.ifPresent(end -> jdbc.sql("""
                        update sign_in_throttle set throttled_until = :until
                        where scope = :scope and username = :username and address = :address""")
                .param("until", at(end))
                .param("scope", scope)
                .param("username", username)
                .param("address", address)
                .update());
        return until;
    }

    /** A typed user name as counted: in lower case, without surrounding blanks, cut to the column's length. */
    static String name(String username) {
        return key(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    /** A value as stored: without control characters (PostgreSQL refuses NUL), cut to the column's length. */
    private static String key(String value) {
        String text = value == null ? "" : value.replaceAll("\\p{Cntrl}", "");
        return text.length() > MAX_KEY_LENGTH ? text.substring(0, MAX_KEY_LENGTH) : text;
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
