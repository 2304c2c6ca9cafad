package com.hospitalplan.report;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByPeriodIdAndOrganizationId(Long periodId, Long organizationId);

    List<Report> findByPeriodIdIn(Collection<Long> periodIds);

    List<Report> findByPeriodIdInAndOrganizationId(Collection<Long> periodIds, Long organizationId);

    /** The reports in the status, the longest waiting first: only what a queue lists, no entities. */
    List<Waiting> findByStatusOrderBySubmittedAtAsc(ReportStatus status);

    /** A report in a queue. */
    interface Waiting {
        Long getId();

        Long getPeriodId();

        Long getOrganizationId();

        Instant getSubmittedAt();

        long getVersion();
    }
}
