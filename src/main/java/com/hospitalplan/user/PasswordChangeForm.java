package com.hospitalplan.user;

import jakarta.validation.constraints.NotBlank;

/** The password change form on the profile page. */
class PasswordChangeForm {

    @NotBlank(message = "{password.currentRequired}")
    private String currentPassword;

    @NotBlank(message = "{password.newRequired}")
    private String newPassword;

    @NotBlank(message = "{password.confirmRequired}")
    private String confirmPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    boolean confirmationMatches() {
        return newPassword != null && newPassword.equals(confirmPassword);
    }
}
