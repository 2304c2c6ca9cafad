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
