package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsAPasswordOfTenCharacters() {
        assertThat(PasswordPolicy.violation("planner", "Abc1234567")).isEmpty();
    }

    @Test
    void refusesAPasswordShorterThanTenCharacters() {
        assertThat(PasswordPolicy.violation("planner", "Abc123456")).contains("password.tooShort");
        assertThat(PasswordPolicy.violation("planner", "12345678")).contains("password.tooShort");
    }

    @Test
    void countsChineseCharactersAsOneCharacterEach() {
        assertThat(PasswordPolicy.violation("planner", "医院建设规划跟踪口令")).isEmpty();
        assertThat(PasswordPolicy.violation("planner", "医院建设规划跟踪口")).contains("password.tooShort");
    }

    @Test
    void refusesTheDemoPassword() {
        assertThat(PasswordPolicy.violation("planner", "Demo@2026")).contains("password.demo");
    }

    @Test
    void refusesTheUserNameWhateverItsCase() {
        assertThat(PasswordPolicy.violation("reviewer2026", "REVIEWER2026")).contains("password.sameAsUsername");
    }

    @Test
    void refusesAPasswordLongerThanTwoHundredCharacters() {
        assertThat(PasswordPolicy.violation("planner", "医".repeat(201))).contains("password.tooLong");
    }

    @Test
    void refusesCommonPasswordsOfTheBundledListWhateverTheirCase() {
        assertThat(PasswordPolicy.violation("planner", "password123")).contains("password.common");
        assertThat(PasswordPolicy.violation("planner", "Password123")).contains("password.common");
        assertThat(PasswordPolicy.violation("planner", "1qaz2wsx3edc")).contains("password.common");
        assertThat(PasswordPolicy.violation("planner", "qwertyuiop")).contains("password.common");
    }

    @Test
    void theBundledListHoldsTheTenThousandMostCommonPasswords() throws Exception {
        try (var in = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS)) {
            assertThat(in).isNotNull();
            String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
            assertThat(lines).hasSize(10_000).startsWith("123456", "password", "12345678");
        }
    }
}
