package com.hospitalplan.project;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** Investment in 万元 from one source in one year (null: the whole project); amount null: not stated. */
@Entity
class ProjectFunding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    @Enumerated(EnumType.STRING)
    private FundingSource source;

    private Integer year;
    private BigDecimal amount;
    private String note;

    protected ProjectFunding() {}

    ProjectFunding(int position, ProjectCommands.Funding funding) {
        this.position = position;
        this.source = funding.source();
        this.year = funding.year();
        this.amount = funding.amount();
        this.note = funding.note();
    }

    void change(ProjectCommands.Funding funding) {
        this.source = funding.source();
        this.year = funding.year();
        this.amount = funding.amount();
        this.note = funding.note();
    }

    ProjectCommands.Funding funding() {
        return new ProjectCommands.Funding(source, year, amount, note);
    }
}
