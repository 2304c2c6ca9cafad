package com.hospitalplan.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportEvidenceRepository extends JpaRepository<ReportEvidence, Long> {

    /** The files of a report without their content, which is read only for a download. */
    @Query("select new com.hospitalplan.report.ReportViews$EvidenceRow(e.id, e.filename, e.sizeBytes, e.uploadedAt)"
            + " from ReportEvidence e where e.reportId = :reportId and e.removedAt is null order by e.uploadedAt, e.id")
    List<ReportViews.EvidenceRow> listOfReport(Long reportId);
}
