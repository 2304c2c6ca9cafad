package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsAPasswordOfEightCharacters() {
        assertThat(PasswordPolicy.violation("planner", "Abc12345")).isEmpty();
    }

    @Test
    void refusesAPasswordShorterThanEightCharacters() {
        assertThat(PasswordPolicy.violation("planner", "Abc1234")).contains("password.tooShort");
    }

    @Test
    void countsChineseCharactersAsOneCharacterEach() {
        assertThat(PasswordPolicy.violation("planner", "医院建设规划跟踪")).isEmpty();
        assertThat(PasswordPolicy.violation("planner", "医院建设规划跟")).contains("password.tooShort");
    }

    @Test
    void refusesTheDemoPassword() {
        assertThat(PasswordPolicy.violation("planner", "Demo@2026")).contains("password.demo");
    }

    @Test
    void refusesTheUserName() {
        assertThat(PasswordPolicy.violation("reviewer2", "REVIEWER2")).contains("password.sameAsUsername");
    }

    @Test
    void refusesAPasswordLongerThanTwoHundredCharacters() {
        assertThat(PasswordPolicy.violation("planner", "医".repeat(201))).contains("password.tooLong");
    }
}
