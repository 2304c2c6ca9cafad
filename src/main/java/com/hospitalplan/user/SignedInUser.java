package com.hospitalplan.user;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The person behind the current request: who they are, their role and the organisation they act for. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Role role;
    private final Long organizationId;
    private final boolean enabled;
    private final boolean passwordChangeRequired;

    SignedInUser(AppUser user) {
        this.id = user.id();
        this.username = user.username();
        this.passwordHash = user.passwordHash();
        this.displayName = user.displayName();
        this.role = user.role();
        this.organizationId = user.organizationId();
        this.enabled = user.enabled();
        this.passwordChangeRequired = user.passwordChangeRequired();
    }

    public Long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Long organizationId() {
        return organizationId;
    }

    public boolean hasRole(Role candidate) {
        return role == candidate;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** Whether an administrator set the password and the user has not yet chosen their own. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** Wrong passwords never lock an account; they slow down the address they come from (SignInThrottle). */
    @Override
    public boolean isAccountNonLocked() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
