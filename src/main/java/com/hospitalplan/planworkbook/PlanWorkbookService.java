package com.hospitalplan.planworkbook;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.hospitalplan.config.AppProperties;
import com.hospitalplan.levelscale.LevelScales;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionView;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.plan.PlanImportService;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanStatus;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.shared.FileNames;
import com.hospitalplan.shared.WorkbookLimits;
import com.hospitalplan.shared.WorkbookRefusedException;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Plan workbooks for the pages: export of a plan the user may read, the blank template, and imports in two steps.
 * {@link #read} checks an upload and keeps it waiting in the database (nothing else is saved); {@link #confirm}, on
 * this or any other instance, writes the plan in one transaction. Planners import for their own organisation,
 * administrators for any; a draft's content is replaced only by those who may change it, and only while no reporting
 * period refers to it.
 */
@Service
public class PlanWorkbookService {

    /** A file to download. */
    public record Download(String fileName, byte[] content) {}

    /** A draft whose content an import may replace, as it was when looked up. */
    public record Draft(Long id, String title, PlanStatus status, Long ownerOrganizationId, long version) {}

    private final PlanService plans;
    private final PlanImportService imports;
    private final OrganizationService organizations;
    private final ReportingPeriods periods;
    private final LevelScales levelScales;
    private final PendingImports pending;
    private final WorkbookLimits limits;

    /**
     * Readings of waiting imports made on this instance, so that its preview and confirmation need not read the file
     * again. Only a cache: another instance reads the kept file (reading is deterministic).
     */
    private final Cache<String, Reading> readings;

    /** A workbook read against the organisations known then. */
    private record Reading(WorkbookReading reading, Directory directory) {}

    PlanWorkbookService(
            PlanService plans,
            PlanImportService imports,
            OrganizationService organizations,
            ReportingPeriods periods,
            LevelScales levelScales,
            PendingImports pending,
            AppProperties properties) {
        this.plans = plans;
        this.imports = imports;
        this.organizations = organizations;
        this.periods = periods;
        this.levelScales = levelScales;
        AppProperties.Workbook settings = properties.workbook();
        this.limits = settings.limits();
        this.pending = pending;
        this.readings = Caffeine.newBuilder()
                .maximumSize(settings.maxPending())
                .expireAfterWrite(settings.pendingTime())
                .build();
    }

    public WorkbookLimits limits() {
        return limits;
    }

    /** The plan's workbook; a plan the user may not read is not found. */
    public Download export(Long planId, SignedInUser user, Locale locale) {
        PlanDetail plan = plans.detail(planId, user, locale);
        Directory directory = directory();
        PlanWorkbook workbook = PlanWorkbookMapping.toWorkbook(plan, directory);
        return new Download(plan.title() + ".xlsx", writer().write(workbook, choices(directory), directory));
    }

    public Download template(SignedInUser user) {
        requireImporter(user);
        return new Download("规划导入模板.xlsx", writer().template(choices(directory())));
    }

    public boolean mayImport(SignedInUser user) {
        return plans.mayCreatePlans(user);
    }

    /**
     * The draft whose content an import may replace.
     *
     * @throws WorkbookRefusedException when the plan is no draft or reporting periods refer to it
     */
    public Draft draft(Long planId, SignedInUser user, Locale locale) {
        PlanDetail plan = plans.detail(planId, user, locale);
        if (!mayImport(user) || !plans.mayChange(planId, user)) {
            throw new AccessDeniedException("Only the owner's planners replace plan " + planId);
        }
        if (plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.DRAFT_FOR_COMMENTS) {
            throw new WorkbookRefusedException("workbook.error.notDraft");
        }
        if (!periods.periods(planId, user).isEmpty()) {
            throw new WorkbookRefusedException("workbook.error.hasPeriods");
        }
        return new Draft(plan.id(), plan.title(), plan.status(), plan.ownerOrganizationId(), plan.version());
    }

    /**
     * Reads and checks an uploaded workbook and keeps it waiting for confirmation; saves nothing.
     *
     * @param planId the draft to replace, or {@code null} for a new plan
     * @return the token of the waiting import
     * @throws WorkbookRefusedException when the file is no readable workbook, or the draft cannot be replaced
     */
    public String read(byte[] content, String fileName, Long planId, SignedInUser user, Locale locale) {
        requireImporter(user);
        Directory directory = directory();
        ImportRules rules;
        String title = null;
        long version = 0;
        if (planId == null) {
            rules = ImportRules.newPlan(
                    directory, user.role() == Role.ADMIN ? Set.of() : Set.of(ownName(user)), scaleNames());
        } else {
            Draft draft = draft(planId, user, locale);
            title = draft.title();
            version = draft.version();
            rules = new ImportRules(
                    directory,
                    Set.of(directory.fullName(draft.ownerOrganizationId())),
                    Arrays.stream(PlanStatus.values())
                            .filter(to -> PlanImportService.canMove(draft.status(), to))
                            .collect(Collectors.toSet()),
                    scaleNames());
        }
        WorkbookReading reading = new PlanWorkbookReader(limits).read(content, rules);
        String token = pending.add(new PendingImports.Pending(
                user.id(),
                planId,
                title,
                version,
                FileNames.uploaded(fileName),
                content,
                rules.owners(),
                rules.statuses()));
        readings.put(token, new Reading(reading, directory));
        return token;
    }

    /** The waiting import's preview, or empty when it expired or is someone else's. */
    public java.util.Optional<ImportPreview> preview(String token, SignedInUser user) {
        requireImporter(user);
        return pending.find(token, user.id())
                .map(waiting -> ImportPreview.of(
                        token,
                        waiting.pending(),
                        reading(token, waiting.pending()).reading(),
                        waiting.expiresAt()));
    }

    /**
     * Writes the waiting import: a new plan, or the draft's new content, in one transaction. Confirming the same
     * import again returns the same plan.
     *
     * @return the plan's id
     * @throws WorkbookRefusedException when the import expired, is being saved, has errors, or the data it refers to
     *     changed meanwhile
     */
    public Long confirm(String token, SignedInUser user) {
        requireImporter(user);
        PendingImports.Claim claim = pending.claim(token, user.id());
        if (claim instanceof PendingImports.Claim.Done done) {
            return done.planId();
        }
        if (claim instanceof PendingImports.Claim.Busy) {
            throw new WorkbookRefusedException("workbook.error.busy");
        }
        if (!(claim instanceof PendingImports.Claim.Claimed claimed)) {
            throw new WorkbookRefusedException("workbook.error.expired");
        }
        PendingImports.Pending waiting = claimed.pending();
        try {
            Reading read = reading(token, waiting);
            if (!read.reading().importable()) {
                throw new WorkbookRefusedException("workbook.error.notImportable");
            }
            PlanCommands.ImportPlan command =
                    PlanWorkbookMapping.toCommand(read.reading().workbook(), read.directory());
            Long planId;
            if (waiting.planId() == null) {
                planId = imports.create(command, user);
            } else {
                imports.replace(waiting.planId(), waiting.planVersion(), command, user);
                planId = waiting.planId();
            }
            pending.done(token, planId);
            return planId;
        } catch (DataIntegrityViolationException e) {
            pending.release(token);
            throw new WorkbookRefusedException("workbook.error.changedMeanwhile", e);
        } catch (RuntimeException e) {
            pending.release(token);
            throw e;
        }
    }

    /** The waiting import's reading: this instance's own, or the kept file read again with the rules it was read by. */
    private Reading reading(String token, PendingImports.Pending waiting) {
        return readings.get(token, t -> {
            Directory directory = directory();
            ImportRules rules = new ImportRules(directory, waiting.owners(), waiting.statuses(), scaleNames());
            return new Reading(new PlanWorkbookReader(limits).read(waiting.content(), rules), directory);
        });
    }

    private void requireImporter(SignedInUser user) {
        if (!mayImport(user)) {
            throw new AccessDeniedException("Only planners import plans");
        }
    }

    private String ownName(SignedInUser user) {
        return organizations
                .find(user.organizationId())
                .map(OrganizationView::fullName)
                .orElseThrow();
    }

    private PlanWorkbookWriter writer() {
        return new PlanWorkbookWriter(limits);
    }

    private Directory directory() {
        List<Directory.Organization> all = organizations.all().stream()
                .map(o -> new Directory.Organization(o.id(), o.name(), o.fullName()))
                .toList();
        Map<String, String> regions = new LinkedHashMap<>();
        for (RegionView region : organizations.regions()) {
            regions.put(region.code(), region.name());
        }
        return Directory.of(all, regions);
    }

    private PlanWorkbookWriter.Choices choices(Directory directory) {
        return new PlanWorkbookWriter.Choices(
                directory.organizationNames(),
                directory.regionLabels(),
                WorkbookFormat.COMMON_UNITS,
                WorkbookFormat.COMMON_CATEGORIES,
                WorkbookFormat.COMMON_SOURCES,
                List.of(),
                scaleNames());
    }

    /** The registered level scales' names by key, in the order offered. */
    private Map<String, String> scaleNames() {
        Map<String, String> names = new LinkedHashMap<>();
        levelScales.catalog().all().forEach(scale -> names.put(scale.key(), scale.name()));
        return names;
    }
}
