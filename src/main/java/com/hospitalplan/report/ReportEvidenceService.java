package com.hospitalplan.report;

import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files supporting a report: added and removed by the unit's reporters while the report is editable, downloaded by
 * whoever reads the report. Removing a file only marks it removed.
 */
@Service
@Transactional
public class ReportEvidenceService {

    private final ReportEvidenceRepository evidence;
    private final ReportLookup lookup;
    private final ReportHistoryLog history;
    private final Clock clock;

    ReportEvidenceService(
            ReportEvidenceRepository evidence, ReportLookup lookup, ReportHistoryLog history, Clock clock) {
        this.evidence = evidence;
        this.lookup = lookup;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Attaches an evidence file (PDF, image or Office document of at most {@link EvidenceType#MAX_BYTES}).
     *
     * @return the message key of the reason it was refused, or empty
     */
    public Optional<String> addEvidence(Long reportId, String filename, byte[] content, SignedInUser user) {
        Report report = writable(reportId, user);
        if (content == null || content.length == 0) {
            return Optional.of("evidence.error.empty");
        }
        if (content.length > EvidenceType.MAX_BYTES) {
            return Optional.of("evidence.error.tooLarge");
        }
        String name = filename == null
                ? ""
                : filename.replaceAll("[\\\\/\\r\\n\"]", "_").strip();
        if (name.isEmpty() || name.length() > 255) {
            return Optional.of("evidence.error.name");
        }
        Optional<EvidenceType> type = EvidenceType.of(name, content);
        if (type.isEmpty()) {
            return Optional.of("evidence.error.type");
        }
        evidence.save(new ReportEvidence(reportId, name, type.get(), content, user.id(), clock.instant()));
        history.of(report, user, "EVIDENCE_ADDED", name, new Report.Change(null, String.valueOf(content.length)), null);
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public ReportViews.EvidenceFile evidenceFile(Long reportId, Long evidenceId, SignedInUser user) {
        lookup.readable(reportId, user);
        ReportEvidence file = ownEvidence(reportId, evidenceId);
        return new ReportViews.EvidenceFile(file.filename(), file.contentType(), file.content());
    }

    public void removeEvidence(Long reportId, Long evidenceId, SignedInUser user) {
        Report report = writable(reportId, user);
        ReportEvidence file = ownEvidence(reportId, evidenceId);
        file.remove(clock.instant());
        history.of(report, user, "EVIDENCE_REMOVED", file.filename(), null, null);
    }

    /** Evidence is added or removed whatever the report's version: it does not change what was entered. */
    private Report writable(Long reportId, SignedInUser user) {
        return lookup.writable(reportId, lookup.readable(reportId, user).version(), user);
    }

    private ReportEvidence ownEvidence(Long reportId, Long evidenceId) {
        return evidence.findById(evidenceId)
                .filter(e -> e.reportId().equals(reportId) && !e.isRemoved())
                .orElseThrow(() -> new ReportNotFoundException("evidence", evidenceId));
    }
}
