package com.hospitalplan.project.web;

import com.hospitalplan.shared.PlainText;
import jakarta.validation.constraints.Size;

/** A stage's planned date (with the reason for moving it) or the date it was reached, as the documents write them. */
public class StageForm {

    @Size(max = 64, message = "{form.tooLong}")
    @PlainText
    private String plannedText;

    @Size(max = 500, message = "{form.tooLong}")
    @PlainText
    private String reason;

    @Size(max = 64, message = "{form.tooLong}")
    @PlainText
    private String actualText;

    public String getPlannedText() {
        return plannedText;
    }

    public void setPlannedText(String plannedText) {
        this.plannedText = plannedText;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getActualText() {
        return actualText;
    }

    public void setActualText(String actualText) {
        this.actualText = actualText;
    }
}
