package com.hospitalplan.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByPeriodIdAndOrganizationId(Long periodId, Long organizationId);

    List<Report> findByPeriodIdIn(Collection<Long> periodIds);

    List<Report> findByPeriodIdInAndOrganizationId(Collection<Long> periodIds, Long organizationId);

    List<Report> findByStatusOrderBySubmittedAtAsc(ReportStatus status);
}
