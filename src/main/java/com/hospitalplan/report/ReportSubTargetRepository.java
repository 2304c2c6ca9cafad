package com.hospitalplan.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportSubTargetRepository extends JpaRepository<ReportSubTarget, Long> {

    List<ReportSubTarget> findByReportId(Long reportId);

    List<ReportSubTarget> findByReportIdIn(Collection<Long> reportIds);
}
