package com.hospitalplan.levelscale;

import com.hospitalplan.targets.LevelScale;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/** The level-scale form of the admin pages (create and edit): grades one per line, lowest first. */
class LevelScaleForm {

    /** As long as a level may be where indicators and reports store it. */
    static final int MAX_GRADE_LENGTH = 32;

    @NotBlank(message = "{admin.levelScales.keyRequired}")
    @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}", message = "{admin.levelScales.keyFormat}")
    private String key;

    @NotBlank(message = "{admin.levelScales.nameRequired}")
    @Size(max = 64, message = "{form.tooLong}")
    private String name;

    @NotBlank(message = "{admin.levelScales.gradesRequired}")
    @Size(max = 4000, message = "{form.tooLong}")
    private String grades;

    private long version;

    static LevelScaleForm of(LevelScaleView scale) {
        LevelScaleForm form = new LevelScaleForm();
        form.key = scale.key();
        form.name = scale.name();
        form.grades = String.join("\n", scale.grades());
        form.version = scale.version();
        return form;
    }

    /** The grades typed, one per line, without blank lines. */
    List<String> gradeList() {
        if (grades == null) {
            return List.of();
        }
        return Arrays.stream(grades.split("\\R"))
                .map(String::strip)
                .filter(grade -> !grade.isEmpty())
                .toList();
    }

    /** The grades' own rules: each fits where levels are stored, and no two are the same grade however written. */
    void checkGrades(Errors errors) {
        Map<String, String> seen = new HashMap<>();
        for (String grade : gradeList()) {
            if (grade.length() > MAX_GRADE_LENGTH) {
                errors.rejectValue(
                        "grades", "admin.levelScales.gradeTooLong", new Object[] {grade, MAX_GRADE_LENGTH}, null);
                return;
            }
            String earlier = seen.putIfAbsent(LevelScale.normalize(grade), grade);
            if (earlier != null) {
                errors.rejectValue("grades", "admin.levelScales.gradeTwice", new Object[] {earlier, grade}, null);
                return;
            }
        }
    }

    LevelScaleCommand command() {
        return new LevelScaleCommand(name.strip(), gradeList());
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGrades() {
        return grades;
    }

    public void setGrades(String grades) {
        this.grades = grades;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
