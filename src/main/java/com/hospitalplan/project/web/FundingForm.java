package com.hospitalplan.project.web;

import com.hospitalplan.project.FundingSource;
import com.hospitalplan.project.ProjectCommands;
import com.hospitalplan.project.ProjectDetail;
import com.hospitalplan.shared.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's investment lines in 万元: source, year (blank: the whole project), amount (blank: not stated, 未明确),
 * note; a row without a source is dropped (three blank rows to add lines).
 */
public class FundingForm {

    private long version;

    @Valid
    private List<Row> rows = new ArrayList<>();

    /** An investment line as typed. */
    public static class Row {

        private FundingSource source;

        @Min(value = 1990, message = "{plan.form.yearRange}")
        @Max(value = 2100, message = "{plan.form.yearRange}")
        private Integer year;

        @DecimalMin(value = "0", message = "{project.form.negative}")
        @Digits(integer = 12, fraction = 2, message = "{project.form.digits}")
        private BigDecimal amount;

        @Size(max = 255, message = "{form.tooLong}")
        @PlainText
        private String note;

        public Row() {}

        Row(ProjectCommands.Funding line) {
            this.source = line.source();
            this.year = line.year();
            this.amount = line.amount();
            this.note = line.note();
        }

        boolean blank() {
            return source == null && year == null && amount == null && Texts.blank(note);
        }

        public FundingSource getSource() {
            return source;
        }

        public void setSource(FundingSource source) {
            this.source = source;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    static FundingForm of(ProjectDetail project) {
        FundingForm form = new FundingForm();
        form.version = project.version();
        project.fundingLines().forEach(line -> form.rows.add(new Row(line)));
        for (int i = 0; i < 3; i++) {
            form.rows.add(new Row());
        }
        return form;
    }

    /** The index of a row with values but no source, or -1. */
    int rowWithoutSource() {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).blank() && rows.get(i).source == null) {
                return i;
            }
        }
        return -1;
    }

    List<ProjectCommands.Funding> lines() {
        return rows.stream()
                .filter(row -> !row.blank())
                .map(row -> new ProjectCommands.Funding(row.source, row.year, row.amount, Texts.trimmed(row.note)))
                .toList();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }
}
