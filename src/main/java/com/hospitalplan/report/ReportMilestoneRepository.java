package com.hospitalplan.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportMilestoneRepository extends JpaRepository<ReportMilestone, Long> {

    List<ReportMilestone> findByReportId(Long reportId);
}
