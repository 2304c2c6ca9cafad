package com.hospitalplan.user;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.shared.Paged;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as other features and the account pages see them. */
@Service
@Transactional(readOnly = true)
public class UserService {

    private final AppUserRepository users;
    private final OrganizationService organizations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SignInThrottle throttle;
    private final UserSearch search;

    UserService(
            AppUserRepository users,
            OrganizationService organizations,
            PasswordEncoder passwordEncoder,
            Clock clock,
            ApplicationEventPublisher events,
            SignInThrottle throttle,
            JdbcClient jdbc) {
        this.throttle = throttle;
        this.search = new UserSearch(jdbc);
        this.users = users;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    public AccountView account(Long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
        Optional<OrganizationView> organization = organizations.find(user.organizationId());
        return new AccountView(
                user.username(),
                user.displayName(),
                user.role(),
                organization.map(OrganizationView::fullName).orElse(""),
                organization.map(OrganizationView::regionName).orElse(""),
                user.demoPassword());
    }

    /** One page (from 1; past the end, the last) of the accounts that match, by user name. */
    public Paged<UserSummary> search(UserQuery query, int page, int size) {
        Instant now = clock.instant();
        int total = search.count(query, now);
        int pages = Math.max(1, (total + size - 1) / size);
        int number = Math.max(1, Math.min(page, pages));
        List<Long> ids = search.page(query, now, (number - 1) * size, size);
        Map<Long, AppUser> found =
                users.findAllById(ids).stream().collect(Collectors.toMap(AppUser::id, Function.identity()));
        List<AppUser> ordered =
                ids.stream().map(found::get).filter(Objects::nonNull).toList();
        return new Paged<>(summaries(ordered), number, size, total);
    }

    private List<UserSummary> summaries(List<AppUser> all) {
        Map<Long, OrganizationView> organizationsById =
                organizations.findAll(all.stream().map(AppUser::organizationId).toList());
        Map<String, Instant> refused = throttle.refusedAccounts();
        return all.stream()
                .map(user -> new UserSummary(
                        user.id(),
                        user.username(),
                        user.displayName(),
                        user.role(),
                        Optional.ofNullable(organizationsById.get(user.organizationId()))
                                .map(OrganizationView::fullName)
                                .orElse(""),
                        user.enabled(),
                        refused.get(SignInThrottle.name(user.username())),
                        user.demoPassword(),
                        user.passwordChangeRequired()))
                .toList();
    }

    /** The account as it signs in now, to replace an outdated principal in the user's own session. */
    SignedInUser signedIn(Long userId) {
        return new SignedInUser(users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId)));
    }

    /** Display names of the given users, by id. */
    public Map<Long, String> displayNames(java.util.Collection<Long> userIds) {
        return users.findAllById(userIds).stream()
                .collect(java.util.stream.Collectors.toMap(AppUser::id, AppUser::displayName));
    }

    /** An account's editable details, for the administration form. */
    public UserDetailsView details(Long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
        return new UserDetailsView(
                user.id(),
                user.username(),
                user.displayName(),
                user.email(),
                user.role(),
                user.organizationId(),
                user.enabled(),
                user.version());
    }

    /**
     * Creates an account with a first password that someone other than its user chose: the user must choose their own
     * when they first sign in (as after an administrator's reset).
     *
     * @return the message key of the reason it was refused, or empty when it was created
     */
    @Transactional
    public Optional<String> create(
            String username, String displayName, String email, Role role, Long organizationId, String password) {
        if (users.findByUsername(username).isPresent()) {
            return Optional.of("admin.users.usernameTaken");
        }
        if (organizations.find(organizationId).isEmpty()) {
            return Optional.of("admin.users.noOrganization");
        }
        Optional<String> violation = PasswordPolicy.violation(username, password);
        if (violation.isPresent()) {
            return violation;
        }
        AppUser user = new AppUser(username, passwordEncoder.encode(password), displayName, role, organizationId);
        user.describe(displayName, email, role, organizationId, true);
        user.requirePasswordChange();
        users.save(user);
        events.publishEvent(new AccountEvents.AccountCreated(user.id(), username, role, organizationId));
        return Optional.empty();
    }

    /** Changes an account's details; disabling it or changing its role or organisation ends its sessions. */
    @Transactional
    public void update(
            Long userId,
            long version,
            String displayName,
            String email,
            Role role,
            Long organizationId,
            boolean enabled) {
        AppUser user = users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
        if (user.version() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(AppUser.class, userId);
        }
        if (organizations.find(organizationId).isEmpty()) {
            throw new UserNotFoundException(userId);
        }
        boolean rightsChange =
                user.role() != role || !user.organizationId().equals(organizationId) || (user.enabled() && !enabled);
        List<String> changes = user.changesBy(displayName, email, role, organizationId, enabled);
        boolean roleChanged = user.role() != role;
        user.describe(displayName, email, role, organizationId, enabled);
        if (!changes.isEmpty()) {
            events.publishEvent(new AccountEvents.AccountUpdated(userId, user.username(), changes, roleChanged));
        }
        if (rightsChange) {
            events.publishEvent(new AccountChanged(user.username(), false));
        }
    }

    /**
     * Sets a new password for someone who lost theirs, ending every session of theirs and lifting the refusals of
     * their name. They must choose their own password when they next sign in.
     *
     * @return the message key of the reason it was refused, or empty when it was set
     */
    @Transactional
    public Optional<String> resetPassword(Long userId, String newPassword, String administrator) {
        AppUser user = users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
        Optional<String> violation = PasswordPolicy.violation(user.username(), newPassword);
        if (violation.isPresent()) {
            return violation;
        }
        user.resetPassword(passwordEncoder.encode(newPassword), clock.instant());
        lift(user.username(), administrator);
        events.publishEvent(new AccountChanged(user.username(), false));
        events.publishEvent(new AccountEvents.PasswordReset(userId, user.username()));
        return Optional.empty();
    }

    /** The enabled reporters of the given organisations: who is told about their reports. */
    public List<Recipient> reportersOf(java.util.Collection<Long> organizationIds) {
        return recipients(Role.REPORTER, organizationIds);
    }

    /** The enabled reviewers of the given organisations: who is told that a report waits for them. */
    public List<Recipient> reviewersOf(java.util.Collection<Long> organizationIds) {
        return recipients(Role.REVIEWER, organizationIds);
    }

    private List<Recipient> recipients(Role role, java.util.Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return users.findByRoleAndEnabledTrueAndOrganizationIdIn(role, organizationIds).stream()
                .map(u -> new Recipient(u.id(), u.displayName(), u.email()))
                .toList();
    }

    /** Lifts the refusals of the account's name, from every address, that wrong passwords caused. */
    @Transactional
    public void unlock(Long userId, String administrator) {
        lift(
                users.findById(userId)
                        .orElseThrow(() -> new UserNotFoundException(userId))
                        .username(),
                administrator);
    }

    private void lift(String username, String administrator) {
        if (throttle.lift(username)) {
            events.publishEvent(new SignInThrottleLifted(username, administrator));
        }
    }

    /**
     * Changes the user's own password, ending every other session of theirs (the one making the change stays).
     *
     * @return the message key of the reason it was refused, or empty when it was changed
     */
    @Transactional
    public Optional<String> changePassword(Long userId, String currentPassword, String newPassword) {
        AppUser user = users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.passwordHash())) {
            return Optional.of("password.currentWrong");
        }
        Optional<String> violation = PasswordPolicy.violation(user.username(), newPassword);
        if (violation.isPresent()) {
            return violation;
        }
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        events.publishEvent(new AccountChanged(user.username(), true));
        events.publishEvent(new AccountEvents.PasswordChanged(userId, user.username()));
        return Optional.empty();
    }
}
