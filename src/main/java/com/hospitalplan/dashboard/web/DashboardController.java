package com.hospitalplan.dashboard.web;

import com.hospitalplan.dashboard.BudgetDashboards;
import com.hospitalplan.dashboard.CompletenessDashboards;
import com.hospitalplan.dashboard.DashboardPages;
import com.hospitalplan.dashboard.DashboardService;
import com.hospitalplan.dashboard.DashboardViews.ScoreRow;
import com.hospitalplan.shared.Paged;
import com.hospitalplan.targets.Status;
import com.hospitalplan.user.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboards. Everyone signed in may ask; each page shows only plans the user may read and, within them, only
 * the institutions whose reports the user may read.
 */
@Controller
class DashboardController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Scorecard lines per page: a plan may have hundreds of indicators. */
    static final int SCORECARD_PAGE = 25;

    private final DashboardService dashboards;
    private final DashboardPages pages;
    private final DashboardWorkbooks workbooks;
    private final ProgressReportPdf pdf;
    private final BudgetDashboards budgets;
    private final CompletenessDashboards completeness;
    private final RenderedTables tables;

    DashboardController(
            DashboardService dashboards,
            DashboardPages pages,
            DashboardWorkbooks workbooks,
            ProgressReportPdf pdf,
            BudgetDashboards budgets,
            CompletenessDashboards completeness,
            RenderedTables tables) {
        this.dashboards = dashboards;
        this.pages = pages;
        this.workbooks = workbooks;
        this.pdf = pdf;
        this.budgets = budgets;
        this.completeness = completeness;
        this.tables = tables;
    }

    /** Where a user's dashboards start: their region, their institution, the plans they may read. */
    @GetMapping("/dashboards")
    String start(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("start", dashboards.start(user));
        return "dashboards/start";
    }

    @GetMapping("/plans/{planId}/dashboard")
    String plan(
            @PathVariable Long planId,
            SwitchParams switches,
            TableParams table,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var d = dashboards.plan(planId, user, switches.chosenBasis(), switches.chosenVariant(), locale);
        Status status = table.chosenStatus();
        List<ScoreRow> rows = status == null
                ? d.scorecard()
                : d.scorecard().stream().filter(r -> r.status() == status).toList();
        model.addAttribute("d", d);
        model.addAttribute("statusFilter", status);
        Paged<ScoreRow> scorecard = Paged.of(rows, table.chosenPage(), SCORECARD_PAGE);
        model.addAttribute("scorecard", scorecard);
        model.addAttribute(
                "scorecardTable",
                tables.render(
                        d,
                        List.of(String.valueOf(status), scorecard.number()),
                        "scorecard",
                        Map.of("rows", scorecard.rows(), "planId", d.planId(), "sw", d.switches()),
                        request,
                        response,
                        locale));
        model.addAttribute("charts", true);
        return "dashboards/plan";
    }

    @GetMapping("/plans/{planId}/indicators/{indicatorId}/dashboard")
    String indicator(
            @PathVariable Long planId,
            @PathVariable Long indicatorId,
            SwitchParams switches,
            TableParams table,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        model.addAttribute(
                "d",
                pages.indicator(
                        planId,
                        indicatorId,
                        table.chosenPage(),
                        DashboardPages.INDICATOR_PAGE,
                        user,
                        switches.chosenBasis(),
                        switches.chosenVariant(),
                        locale));
        model.addAttribute("charts", true);
        return "dashboards/indicator";
    }

    @GetMapping("/dashboards/institutions/{organizationId}")
    String institution(
            @PathVariable Long organizationId,
            @RequestParam(required = false) Long plan,
            SwitchParams switches,
            TableParams table,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var d = pages.institution(
                organizationId,
                plan,
                table.chosenPage(),
                user,
                switches.chosenBasis(),
                switches.chosenVariant(),
                locale);
        model.addAttribute("d", d);
        model.addAttribute(
                "extraParams",
                d.shownPlan() == null ? Map.of() : Map.of("plan", d.shownPlan().planId()));
        if (d.shownPlan() != null) {
            model.addAttribute(
                    "scorecardTable",
                    tables.render(
                            d.shownPlan(),
                            List.of(d.shownIndicators().number(), d.switches()),
                            "scorecard",
                            Map.of(
                                    "rows", d.shownIndicators().rows(),
                                    "planId", d.shownPlan().planId(),
                                    "sw", d.switches()),
                            request,
                            response,
                            locale));
        }
        model.addAttribute("charts", true);
        return "dashboards/institution";
    }

    @GetMapping("/dashboards/regions/{code}")
    String region(
            @PathVariable String code,
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) Long indicator,
            SwitchParams switches,
            TableParams table,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var d = pages.region(
                code,
                plan,
                indicator,
                table.chosenPage(),
                user,
                switches.chosenBasis(),
                switches.chosenVariant(),
                locale);
        model.addAttribute("d", d);
        model.addAttribute("extraParams", d.planId() == null ? Map.of() : Map.of("plan", d.planId()));
        if (d.planId() != null) {
            Map<String, Object> variables =
                    Map.of("d", d, "sw", d.switches(), "rows", d.figuresPage().rows(), "planId", d.planId());
            model.addAttribute("heatTable", tables.render(d, null, "heat", variables, request, response, locale));
            model.addAttribute(
                    "figuresTable", tables.render(d, null, "scorecard", variables, request, response, locale));
        }
        model.addAttribute("charts", true);
        return "dashboards/region";
    }

    @GetMapping("/plans/{planId}/dashboard/export.xlsx")
    ResponseEntity<byte[]> planWorkbook(
            @PathVariable Long planId,
            SwitchParams switches,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        var d = dashboards.plan(planId, user, switches.chosenBasis(), switches.chosenVariant(), locale);
        return xlsx(d.title(), workbooks.plan(d, locale));
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

    @GetMapping("/plans/{planId}/dashboard/budget")
    String budget(
            @PathVariable Long planId,
            SwitchParams switches,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        model.addAttribute("d", budgets.budget(planId, user, switches.chosenBasis(), switches.chosenVariant(), locale));
        model.addAttribute("charts", true);
        return "dashboards/budget";
    }

    @GetMapping("/plans/{planId}/dashboard/budget/export.xlsx")
    ResponseEntity<byte[]> budgetWorkbook(
            @PathVariable Long planId,
            SwitchParams switches,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        var d = budgets.budget(planId, user, switches.chosenBasis(), switches.chosenVariant(), locale);
        return xlsx(d.title(), workbooks.budget(d, locale));
    }

    @GetMapping("/plans/{planId}/dashboard/report.pdf")
    ResponseEntity<byte[]> progressReport(
            @PathVariable Long planId,
            SwitchParams switches,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        var d = dashboards.plan(planId, user, switches.chosenBasis(), switches.chosenVariant(), locale);
        return download(d.title() + ".pdf", MediaType.APPLICATION_PDF, pdf.render(d, locale));
    }

    @GetMapping("/plans/{planId}/indicators/{indicatorId}/dashboard/export.xlsx")
    ResponseEntity<byte[]> indicatorWorkbook(
            @PathVariable Long planId,
            @PathVariable Long indicatorId,
            SwitchParams switches,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        var d = pages.indicator(
                planId, indicatorId, 0, 0, user, switches.chosenBasis(), switches.chosenVariant(), locale);
        return xlsx(d.summary().name(), workbooks.indicator(d, locale));
    }

    @GetMapping("/dashboards/institutions/{organizationId}/export.xlsx")
    ResponseEntity<byte[]> institutionWorkbook(
            @PathVariable Long organizationId,
            SwitchParams switches,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        var d = pages.institution(
                organizationId, null, 1, user, switches.chosenBasis(), switches.chosenVariant(), locale);
        return xlsx(d.name(), workbooks.institution(d, locale));
    }

    @GetMapping("/dashboards/regions/{code}/export.xlsx")
    ResponseEntity<byte[]> regionWorkbook(
            @PathVariable String code,
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) Long indicator,
            SwitchParams switches,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        var d = pages.region(code, plan, indicator, 1, user, switches.chosenBasis(), switches.chosenVariant(), locale);
        return xlsx(d.name(), workbooks.region(d, locale));
    }

    private static ResponseEntity<byte[]> xlsx(String name, byte[] content) {
        return download(name + ".xlsx", XLSX, content);
    }

    private static ResponseEntity<byte[]> download(String filename, MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
