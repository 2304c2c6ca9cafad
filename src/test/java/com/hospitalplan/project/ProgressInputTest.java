package com.hospitalplan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of a project's reported progress, shared by the report form and the progress workbook. Plain Java. */
class ProgressInputTest {

    private static final List<Long> STAGES = List.of(40L, 50L);

    private static ProgressInput read(String field, String value) {
        return ProgressInput.read(7L, Map.of(ProgressInput.param(7L, field), value), STAGES);
    }

    @Test
    void textThatIsNoNumberAndANegativeNumberHaveMessagesOfTheirOwn() {
        assertThat(read("investment", "三千").problems())
                .containsExactly(Map.entry("pp-7-investment", "project.progress.error.notNumber"));
        assertThat(read("funds", "-5").problems())
                .containsExactly(Map.entry("pp-7-funds", "project.progress.error.negative"));
        assertThat(read("investment", "12.345").problems())
                .containsExactly(Map.entry("pp-7-investment", "project.progress.error.money"));
        assertThat(read("investment", "3,000.5").figures().investment()).isEqualByComparingTo("3000.5");
    }

    @Test
    void worksAboveAHundredPercentAreTakenAsStatedAndFlaggedNotRefused() {
        ProgressInput over = read("percent", "104.5");
        assertThat(over.problems()).isEmpty();
        assertThat(over.figures().worksPercent()).isEqualByComparingTo("104.5");
        assertThat(over.warnings()).containsExactly(Map.entry("pp-7-percent", "project.progress.warning.overFull"));
        assertThat(read("percent", "100").warnings()).isEmpty();
        assertThat(read("percent", "10000").problems()).containsKey("pp-7-percent");
        assertThat(read("percent", "35.25").problems()).containsKey("pp-7-percent");
        assertThat(read("percent", "-1").problems())
                .containsExactly(Map.entry("pp-7-percent", "project.progress.error.negative"));
    }

    @Test
    void theStageIsOneOfTheList() {
        assertThat(read("stage", "50").figures().stageId()).isEqualTo(50L);
        assertThat(read("stage", "99").problems())
                .containsExactly(Map.entry("pp-7-stage", "project.progress.error.stage"));
        assertThat(read("problems", "长".repeat(2001)).problems()).containsKey("pp-7-problems");
    }
}
