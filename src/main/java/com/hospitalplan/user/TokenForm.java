package com.hospitalplan.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Creating an API token: the owner names it after the system that will use it. */
class TokenForm {

    @NotBlank(message = "{token.nameRequired}")
    @Size(max = 64, message = "{token.nameTooLong}")
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
