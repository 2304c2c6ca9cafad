package com.hospitalplan.user;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String passwordHash;
    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long organizationId;
    private boolean enabled = true;
    private boolean demoPassword;
    private boolean passwordChangeRequired;
    private Instant passwordChangedAt;
    private String email;

    @Version
    private long version;

    protected AppUser() {}

    AppUser(String username, String passwordHash, String displayName, Role role, Long organizationId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.organizationId = organizationId;
    }

    void describe(String displayName, String email, Role role, Long organizationId, boolean enabled) {
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.organizationId = organizationId;
        this.enabled = enabled;
    }

    /**
     * What {@link #describe} with these details would change, for the audit log: roles, organisations and the
     * enabled flag with their old and new values, the personal details by name only.
     */
    List<String> changesBy(String displayName, String email, Role role, Long organizationId, boolean enabled) {
        List<String> changes = new ArrayList<>();
        if (this.role != role) {
            changes.add("role " + this.role + "→" + role);
        }
        if (!Objects.equals(this.organizationId, organizationId)) {
            changes.add("organization " + this.organizationId + "→" + organizationId);
        }
        if (this.enabled != enabled) {
            changes.add("enabled " + this.enabled + "→" + enabled);
        }
        if (!Objects.equals(this.displayName, displayName)) {
            changes.add("displayName");
        }
        if (!Objects.equals(this.email, email)) {
            changes.add("email");
        }
        return changes;
    }

    long version() {
        return version;
    }

    /** The user chose a new password themselves. */
    void changePassword(String newPasswordHash, Instant now) {
        passwordHash = newPasswordHash;
        passwordChangedAt = now;
        demoPassword = false;
        passwordChangeRequired = false;
    }

    /** An administrator set the password: the user must choose their own before doing anything else. */
    void resetPassword(String newPasswordHash, Instant now) {
        changePassword(newPasswordHash, now);
        passwordChangeRequired = true;
    }

    /** Someone else (an administrator creating the account) chose the password: the user must choose their own. */
    void requirePasswordChange() {
        passwordChangeRequired = true;
    }

    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    Long organizationId() {
        return organizationId;
    }

    boolean enabled() {
        return enabled;
    }

    String email() {
        return email;
    }

    boolean demoPassword() {
        return demoPassword;
    }
}
