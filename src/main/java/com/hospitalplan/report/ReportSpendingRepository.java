package com.hospitalplan.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportSpendingRepository extends JpaRepository<ReportSpending, Long> {

    List<ReportSpending> findByReportId(Long reportId);
}
