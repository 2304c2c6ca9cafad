package com.hospitalplan.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportValueRepository extends JpaRepository<ReportValue, Long> {

    List<ReportValue> findByReportId(Long reportId);

    List<ReportValue> findByReportIdIn(Collection<Long> reportIds);
}
