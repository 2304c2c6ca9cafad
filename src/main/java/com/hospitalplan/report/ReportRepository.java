package com.hospitalplan.report;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByPeriodIdAndOrganizationId(Long periodId, Long organizationId);

    List<Report> findByPeriodIdIn(Collection<Long> periodIds);

    List<Report> findByPeriodIdInAndOrganizationId(Collection<Long> periodIds, Long organizationId);

    /** The units with a report of the period in one of the statuses: ids only, no entities. */
    @Query("select r.organizationId from Report r where r.periodId = :periodId and r.status in :statuses")
    List<Long> unitsReporting(@Param("periodId") Long periodId, @Param("statuses") Collection<ReportStatus> statuses);

    /** The reports in the status, the longest waiting first: only what a queue lists, no entities. */
    List<Waiting> findByStatusOrderBySubmittedAtAsc(ReportStatus status);

    /** The period and unit of each report of the periods in one of the statuses: no entities. */
    List<PeriodUnit> findByPeriodIdInAndStatusIn(Collection<Long> periodIds, Collection<ReportStatus> statuses);

    /** Which unit reported in which period. */
    interface PeriodUnit {
        Long getPeriodId();

        Long getOrganizationId();
    }

    /** A report in a queue. */
    interface Waiting {
        Long getId();

        Long getPeriodId();

        Long getOrganizationId();

        Instant getSubmittedAt();

        long getVersion();
    }
}
