package com.hospitalplan.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportHistoryRepository extends JpaRepository<ReportHistory, Long> {

    List<ReportHistory> findByReportIdOrderByAtAscIdAsc(Long reportId);
}
