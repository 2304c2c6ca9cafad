package com.hospitalplan.project;

import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bed-area standard (综合医院建设标准, 建标110-2021: building area per bed by the hospital's bed count) and the
 * check of a project against it. The product ships no figures of the standard: none could be confirmed from a source
 * when this was built, so administrators enter its bands (管理 → 床均建筑面积标准); until they do, a project's check says
 * that no standard is set.
 */
@Service
@Transactional(readOnly = true)
public class BedAreaStandards {

    private static final BigDecimal LARGEST_AREA = new BigDecimal("999999.99");

    /**
     * A project's checks, planned and built, and the plan's targets the check answers (seed 002: "床均建筑面积不小于
     * 《综合医院建设标准》(建标110-2021)规定").
     */
    public record Checks(BedAreaCheck planned, BedAreaCheck actual, List<PlanRule> rules) {}

    /** An indicator of the plan whose wording names the standard's area per bed. */
    public record PlanRule(Long indicatorId, String name, String targetText) {}

    private final BedAreaStandardRepository standard;
    private final PlanService plans;

    BedAreaStandards(BedAreaStandardRepository standard, PlanService plans) {
        this.standard = standard;
        this.plans = plans;
    }

    /** The bands by bed count, smallest first. */
    public List<BedAreaBand> bands() {
        return standard.findAllByOrderByMinBedsAsc().stream()
                .map(BedAreaStandardRow::band)
                .toList();
    }

    /** Adds a band (administrators): beds from {@code minBeds} to {@code maxBeds} (none: no upper end). */
    @Transactional
    public void add(Integer minBeds, Integer maxBeds, BigDecimal areaPerBed, SignedInUser user) {
        requireAdmin(user);
        if (minBeds == null || minBeds < 0) {
            throw new ProjectInputRefused("minBeds", "admin.bedArea.minBeds");
        }
        if (maxBeds != null && maxBeds < minBeds) {
            throw new ProjectInputRefused("maxBeds", "admin.bedArea.maxBeds");
        }
        if (areaPerBed == null
                || areaPerBed.signum() <= 0
                || areaPerBed.scale() > 2
                || areaPerBed.compareTo(LARGEST_AREA) > 0) {
            throw new ProjectInputRefused("areaPerBed", "admin.bedArea.area");
        }
        BedAreaBand band = new BedAreaBand(null, minBeds, maxBeds, areaPerBed);
        if (bands().stream().anyMatch(band::overlaps)) {
            throw new ProjectInputRefused("minBeds", "admin.bedArea.overlap");
        }
        standard.save(new BedAreaStandardRow(minBeds, maxBeds, areaPerBed));
    }

    /** Removes a band (administrators); an unknown band is not found. */
    @Transactional
    public void remove(Long bandId, SignedInUser user) {
        requireAdmin(user);
        BedAreaStandardRow row =
                standard.findById(bandId).orElseThrow(() -> new ProjectNotFoundException("bedAreaBand", bandId));
        standard.delete(row);
    }

    /** The project's 床均建筑面积, planned and built, against the standard for its beds. */
    public Checks check(ProjectDetail project) {
        List<BedAreaBand> bands = bands();
        return new Checks(
                BedAreaCheck.of(project.plannedAreaPerBed(), beds(project, true), bands),
                BedAreaCheck.of(project.actualAreaPerBed(), beds(project, false), bands),
                rules(project.planId()));
    }

    /** The plan's indicators whose name or target names the standard's area per bed (seed 002's rule). */
    private List<PlanRule> rules(Long planId) {
        return plans.reportingScope(planId).indicators().stream()
                .filter(BedAreaStandards::namesTheStandard)
                .map(i -> new PlanRule(i.id(), i.name(), i.targetText()))
                .toList();
    }

    static boolean namesTheStandard(IndicatorItem indicator) {
        String words = Objects.toString(indicator.name(), "") + " " + Objects.toString(indicator.targetText(), "");
        return words.contains("床均建筑面积") && (words.contains("建标110") || words.contains("综合医院建设标准"));
    }

    private static BigDecimal beds(ProjectDetail project, boolean planned) {
        return project.specifications().stream()
                .filter(s -> s.measure() == Measure.BEDS && s.phase() == null)
                .map(s -> planned ? s.planned() : s.actual())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static void requireAdmin(SignedInUser user) {
        if (user.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only administrators set the bed-area standard");
        }
    }
}
