package com.hospitalplan.project;

import com.hospitalplan.config.AppProperties;
import com.hospitalplan.planworkbook.PendingImports;
import com.hospitalplan.planworkbook.PendingImports.Kind;
import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.shared.CellProblem;
import com.hospitalplan.shared.FileNames;
import com.hospitalplan.shared.WorkbookFiles;
import com.hospitalplan.shared.WorkbookLimits;
import com.hospitalplan.user.SignedInUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project progress workbook of a reporting unit for a period: a template (or an export of what its report holds)
 * listing every project of the period's plan the unit reports for, and its import. Who may use it is the report's
 * rule ({@link ReportDrafting#unitPeriod}): a reporter of the unit that is the projects' institution; anyone else is
 * "not found". An upload is kept waiting in PostgreSQL ({@link PendingImports}, kind PROGRESS) and read again for the
 * preview and the confirmation against the report as it is then; nothing is written until the reporter confirms, and
 * then through the report's own save ({@link ReportDrafting#saveSections}): its rules, version, history and checks.
 */
@Service
@Transactional(readOnly = true)
public class ProjectProgressWorkbook {

    private final ReportDrafting drafting;
    private final ConstructionProjectRepository projects;
    private final ProjectProgressRepository progress;
    private final ProjectStageRepository stages;
    private final PendingImports pending;
    private final WorkbookLimits limits;

    ProjectProgressWorkbook(
            ReportDrafting drafting,
            ConstructionProjectRepository projects,
            ProjectProgressRepository progress,
            ProjectStageRepository stages,
            PendingImports pending,
            AppProperties properties) {
        this.drafting = drafting;
        this.projects = projects;
        this.progress = progress;
        this.stages = stages;
        this.pending = pending;
        this.limits = properties.workbook().limits();
    }

    /** A workbook to download. */
    public record Download(String fileName, byte[] content) {}

    /**
     * A waiting upload read against the report as it is now.
     *
     * @param expiresAt when the upload is forgotten unless confirmed
     */
    public record Preview(
            ReportDrafting.UnitPeriod unit,
            String fileName,
            ProgressWorkbookReading reading,
            Instant expiresAt,
            Long confirmedReportId) {}

    /** Where the user's unit stands in the period; not found for anyone but a reporter who may read the plan. */
    public ReportDrafting.UnitPeriod unit(Long periodId, SignedInUser user) {
        return drafting.unitPeriod(periodId, user);
    }

    /** The template: the unit's projects with the input cells blank. */
    public Download template(Long periodId, SignedInUser user) {
        return download(periodId, user, false, "建设项目进度模板");
    }

    /** The export: the unit's projects with what its report for the period holds. */
    public Download export(Long periodId, SignedInUser user) {
        return download(periodId, user, true, "建设项目进度");
    }

    private Download download(Long periodId, SignedInUser user, boolean filled, String what) {
        ReportDrafting.UnitPeriod unit = drafting.unitPeriod(periodId, user);
        Map<Long, String> stageNames = stageNames();
        List<ProgressWorkbookWriter.Line> lines = new ArrayList<>();
        for (ConstructionProject project : mine(unit)) {
            lines.add(new ProgressWorkbookWriter.Line(
                    project.id(),
                    project.name(),
                    project.kind(),
                    unit.organizationName(),
                    ProjectViews.investment(project).total(),
                    filled ? stored(project.id(), unit.reportId()) : null));
        }
        String period = unit.period()
                .kind()
                .chineseLabel(unit.period().year(), unit.period().part());
        byte[] content = ProgressWorkbookWriter.write(
                new ProgressWorkbookWriter.Heading(unit.planTitle(), unit.organizationName(), period, periodId),
                lines,
                stageNames);
        return new Download(unit.organizationName() + " " + period + " " + what + ".xlsx", content);
    }

    /**
     * Opens the uploaded file (size, format, encryption, zip bombs: {@link WorkbookFiles}) and keeps it waiting.
     *
     * @return the token of the waiting upload
     * @throws com.hospitalplan.shared.WorkbookRefusedException when the file cannot be read as a workbook
     */
    @Transactional
    public String upload(Long periodId, byte[] content, String fileName, SignedInUser user) {
        ReportDrafting.UnitPeriod unit = drafting.unitPeriod(periodId, user);
        try (XSSFWorkbook workbook = WorkbookFiles.open(content, limits)) {
            workbook.getNumberOfSheets();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pending.add(
                Kind.PROGRESS,
                new PendingImports.Pending(
                        user.id(),
                        periodId,
                        null,
                        unit.version(),
                        FileNames.uploaded(fileName),
                        content,
                        Set.of(),
                        Set.of()));
    }

    /** The waiting upload read against the report as it is now; empty when it expired or is someone else's. */
    public Optional<Preview> preview(Long periodId, String token, SignedInUser user) {
        ReportDrafting.UnitPeriod unit = drafting.unitPeriod(periodId, user);
        return pending.find(Kind.PROGRESS, token, user.id())
                .filter(waiting -> periodId.equals(waiting.pending().planId()))
                .map(waiting -> new Preview(
                        unit, waiting.pending().fileName(), read(unit, waiting.pending()), waiting.expiresAt(), null));
    }

    /**
     * Writes the waiting upload into the unit's report for the period; confirming again changes nothing.
     *
     * @return the report written to
     * @throws ProgressWorkbookRefused when the upload expired, is being written, or has problems now
     */
    @Transactional
    public Long confirm(Long periodId, String token, SignedInUser user) {
        ReportDrafting.UnitPeriod unit = drafting.unitPeriod(periodId, user);
        PendingImports.Claim claim = pending.claim(Kind.PROGRESS, token, user.id());
        if (claim instanceof PendingImports.Claim.Done done) {
            return done.planId();
        }
        if (claim instanceof PendingImports.Claim.Busy) {
            throw new ProgressWorkbookRefused("projectWorkbook.error.busy");
        }
        if (!(claim instanceof PendingImports.Claim.Claimed claimed)
                || !periodId.equals(claimed.pending().planId())) {
            throw new ProgressWorkbookRefused("projectWorkbook.error.expired");
        }
        try {
            ProgressWorkbookReading reading = read(unit, claimed.pending());
            if (!reading.importable()) {
                throw new ProgressWorkbookRefused("projectWorkbook.error.problems");
            }
            Long reportId = drafting.saveSections(periodId, claimed.pending().planVersion(), reading.sent(), user);
            pending.done(token, reportId);
            return reportId;
        } catch (DataIntegrityViolationException e) {
            pending.release(token);
            throw new ProgressWorkbookRefused("projectWorkbook.error.notSaved");
        } catch (RuntimeException e) {
            pending.release(token);
            throw e;
        }
    }

    /** The upload read against the unit's projects and report now, with what keeps it from being written. */
    private ProgressWorkbookReading read(ReportDrafting.UnitPeriod unit, PendingImports.Pending upload) {
        Map<Long, ProgressWorkbookReader.Known> known = new LinkedHashMap<>();
        for (ConstructionProject project : mine(unit)) {
            known.put(
                    project.id(),
                    new ProgressWorkbookReader.Known(project.name(), stored(project.id(), unit.reportId())));
        }
        ProgressWorkbookReading reading;
        try (XSSFWorkbook workbook = WorkbookFiles.open(upload.content(), limits)) {
            reading = ProgressWorkbookReader.read(workbook, unit.period().id(), known, stageNames());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CellProblem> problems = new ArrayList<>();
        if (!unit.writable()) {
            problems.add(CellProblem.ofWorkbook(unit.locked()));
        } else if (unit.version() != upload.planVersion()) {
            problems.add(CellProblem.ofWorkbook("projectWorkbook.error.reportChanged"));
        }
        if (problems.isEmpty()) {
            return reading;
        }
        problems.addAll(reading.problems());
        return new ProgressWorkbookReading(
                problems, reading.warnings(), reading.changes(), reading.sent(), reading.rowsRead());
    }

    /** The projects of the period's plan whose institution is the unit: those it reports for. */
    private List<ConstructionProject> mine(ReportDrafting.UnitPeriod unit) {
        return projects.findByPlanIdAndInstitutionIdOrderByIdAsc(unit.period().planId(), unit.organizationId());
    }

    private ProjectProgress.ProgressFigures stored(Long projectId, Long reportId) {
        return reportId == null
                ? ProjectProgress.ProgressFigures.NONE
                : progress.findByProjectIdAndReportId(projectId, reportId)
                        .map(ProjectProgress::figures)
                        .orElse(ProjectProgress.ProgressFigures.NONE);
    }

    private Map<Long, String> stageNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        stages.findAllByOrderByPositionAsc().forEach(stage -> names.put(stage.id(), stage.name()));
        return names;
    }
}
