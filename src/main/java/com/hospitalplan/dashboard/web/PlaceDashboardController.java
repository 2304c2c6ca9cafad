package com.hospitalplan.dashboard.web;

import com.hospitalplan.dashboard.CompletenessDashboards;
import com.hospitalplan.dashboard.DashboardStart;
import com.hospitalplan.dashboard.InstitutionDashboards;
import com.hospitalplan.dashboard.ProjectDashboards;
import com.hospitalplan.dashboard.RegionDashboards;
import com.hospitalplan.shared.Downloads;
import com.hospitalplan.user.SignedInUser;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboards of a place across plans: where a user starts, a region (and who reported there), an institution,
 * and their exports. Each page shows only plans the user may read and the institutions whose reports they may read.
 */
@Controller
class PlaceDashboardController {

    private final DashboardStart start;
    private final InstitutionDashboards institutions;
    private final RegionDashboards regions;
    private final CompletenessDashboards completeness;
    private final DashboardWorkbooks workbooks;
    private final DownloadNames names;
    private final ProjectDashboards projects;
    private final ProjectWorkbook projectWorkbook;

    PlaceDashboardController(
            DashboardStart start,
            InstitutionDashboards institutions,
            RegionDashboards regions,
            CompletenessDashboards completeness,
            DashboardWorkbooks workbooks,
            DownloadNames names,
            ProjectDashboards projects,
            ProjectWorkbook projectWorkbook) {
        this.start = start;
        this.projects = projects;
        this.projectWorkbook = projectWorkbook;
        this.institutions = institutions;
        this.regions = regions;
        this.completeness = completeness;
        this.workbooks = workbooks;
        this.names = names;
    }

    /** Where a user's dashboards start: their region, their institution, the plans they may read. */
    @GetMapping("/dashboards")
    String start(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("start", start.start(user));
        return "dashboards/start";
    }

    /** An institution's dashboard; asked by the shown plan's pager (htmx), only that plan's page. */
    @GetMapping("/dashboards/institutions/{organizationId}")
    String institution(
            @PathVariable Long organizationId,
            @RequestParam(required = false) Long plan,
            DashboardParams shown,
            @RequestHeader(name = "HX-Target", required = false) String htmxTarget,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        var d = institutions.institution(
                organizationId, plan, shown.chosenPage(), user, shown.chosenBasis(), shown.chosenVariant(), locale);
        model.addAttribute("d", d);
        model.addAttribute(
                "extraParams",
                d.shownPlan() == null ? Map.of() : Map.of("plan", d.shownPlan().planId()));
        model.addAttribute("charts", true);
        if ("shown-plan".equals(htmxTarget) && d.shownPlan() != null) {
            return "dashboards/institution :: shownPlan";
        }
        model.addAttribute("projects", projects.institution(organizationId, user, shown.chosenBasis()));
        return "dashboards/institution";
    }

    /** A region's dashboard; asked by its indicator pagers (htmx), only the heat map and figures of the page. */
    @GetMapping("/dashboards/regions/{code}")
    String region(
            @PathVariable String code,
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) Long indicator,
            DashboardParams shown,
            @RequestHeader(name = "HX-Target", required = false) String htmxTarget,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        var d = regions.region(
                code, plan, indicator, shown.chosenPage(), user, shown.chosenBasis(), shown.chosenVariant(), locale);
        model.addAttribute("d", d);
        model.addAttribute("extraParams", d.planId() == null ? Map.of() : Map.of("plan", d.planId()));
        model.addAttribute("charts", true);
        if ("indicator-page".equals(htmxTarget) && d.planId() != null) {
            return "dashboards/region :: indicatorPage";
        }
        model.addAttribute("projects", projects.region(code, d.planId(), user, shown.chosenBasis()));
        return "dashboards/region";
    }

    @GetMapping("/dashboards/regions/{code}/completeness")
    String completeness(
            @PathVariable String code,
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) Long period,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        model.addAttribute("d", completeness.completeness(code, plan, period, user, locale));
        model.addAttribute("charts", true);
        return "dashboards/completeness";
    }

    @GetMapping("/dashboards/institutions/{organizationId}/export.xlsx")
    ResponseEntity<byte[]> institutionWorkbook(
            @PathVariable Long organizationId,
            DashboardParams shown,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        var d = institutions.institution(
                organizationId, null, 1, user, shown.chosenBasis(), shown.chosenVariant(), locale);
        return Downloads.xlsx(names.xlsx(d.name(), "institution", locale), workbooks.institution(d, locale));
    }

    /** The region's construction projects in a plan (the chosen one, else the first), as a 项目进度月报. */
    @GetMapping("/dashboards/regions/{code}/projects/export.xlsx")
    ResponseEntity<byte[]> regionProjectWorkbook(
            @PathVariable String code,
            @RequestParam(required = false) Long plan,
            DashboardParams shown,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        var board = projects.region(code, plan, user, shown.chosenBasis());
        return Downloads.xlsx(
                board.title() == null
                        ? names.xlsx(board.place(), "projects", locale)
                        : names.xlsx(board.title(), "projects", locale, board.place()),
                projectWorkbook.write(board, locale));
    }

    @GetMapping("/dashboards/regions/{code}/export.xlsx")
    ResponseEntity<byte[]> regionWorkbook(
            @PathVariable String code,
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) Long indicator,
            DashboardParams shown,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        var d = regions.region(code, plan, indicator, 1, user, shown.chosenBasis(), shown.chosenVariant(), locale);
        return Downloads.xlsx(
                d.planTitle() == null
                        ? names.xlsx(d.name(), "region", locale)
                        : names.xlsx(d.planTitle(), "region", locale, d.name()),
                workbooks.region(d, locale));
    }
}
