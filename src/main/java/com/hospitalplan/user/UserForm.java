package com.hospitalplan.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The account form of the user administration (create and edit; the password only when creating). */
class UserForm {

    @NotBlank(message = "{admin.users.usernameRequired}")
    @Pattern(regexp = "[A-Za-z0-9._-]{2,64}", message = "{admin.users.usernameFormat}")
    private String username;

    @NotBlank(message = "{admin.users.displayNameRequired}")
    @Size(max = 64, message = "{form.tooLong}")
    private String displayName;

    @Email(message = "{admin.users.emailFormat}")
    @Size(max = 255, message = "{form.tooLong}")
    private String email;

    @NotNull(message = "{admin.users.roleRequired}")
    private Role role;

    /** The organisation as typed: its label from the typeahead ("粤北人民医院 #12"), its id or its exact name. */
    @Size(max = 200, message = "{form.tooLong}")
    private String organization;

    /** The organisation chosen: read from {@link #organization} when that is filled in (a client may send the id). */
    private Long organizationId;

    private String password;
    private boolean enabled = true;
    private long version;

    static UserForm of(UserDetailsView user, String organizationLabel) {
        UserForm form = new UserForm();
        form.username = user.username();
        form.displayName = user.displayName();
        form.email = user.email();
        form.role = user.role();
        form.organizationId = user.organizationId();
        form.organization = organizationLabel;
        form.enabled = user.enabled();
        form.version = user.version();
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** The address, or {@code null} when none was entered. */
    String emailOrNull() {
        return email == null || email.isBlank() ? null : email.strip();
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    /** Whether an organisation was typed (then it, not the id, says which). */
    boolean organizationTyped() {
        return organization != null && !organization.isBlank();
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
