package com.hospitalplan.dashboard.web;

import com.hospitalplan.dashboard.BudgetDashboards;
import com.hospitalplan.dashboard.IndicatorDashboards;
import com.hospitalplan.dashboard.PlanDashboards;
import com.hospitalplan.dashboard.ProjectDashboards;
import com.hospitalplan.shared.Downloads;
import com.hospitalplan.user.SignedInUser;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A plan's dashboards: the plan, its money, each indicator, and their exports. Everyone signed in may ask; each page
 * shows only plans the user may read and, within them, only the institutions whose reports the user may read.
 */
@Controller
class PlanDashboardController {

    private final PlanDashboards plans;
    private final BudgetDashboards budgets;
    private final IndicatorDashboards indicators;
    private final DashboardWorkbooks workbooks;
    private final ProgressReportPdf pdf;
    private final DownloadNames names;
    private final ProjectDashboards projects;
    private final ProjectWorkbook projectWorkbook;

    PlanDashboardController(
            PlanDashboards plans,
            BudgetDashboards budgets,
            IndicatorDashboards indicators,
            DashboardWorkbooks workbooks,
            ProgressReportPdf pdf,
            DownloadNames names,
            ProjectDashboards projects,
            ProjectWorkbook projectWorkbook) {
        this.plans = plans;
        this.projects = projects;
        this.projectWorkbook = projectWorkbook;
        this.budgets = budgets;
        this.indicators = indicators;
        this.workbooks = workbooks;
        this.pdf = pdf;
        this.names = names;
    }

    /**
     * The plan dashboard; asked by its scorecard's pager (htmx, which names the element it swaps in HX-Target), only
     * the scorecard's page.
     */
    @GetMapping("/plans/{planId}/dashboard")
    String plan(
            @PathVariable Long planId,
            DashboardParams shown,
            @RequestHeader(name = "HX-Target", required = false) String htmxTarget,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        var d = plans.plan(planId, user, shown.chosenBasis(), shown.chosenVariant(), locale);
        model.addAttribute("d", d);
        model.addAttribute("statusFilter", shown.chosenStatus());
        model.addAttribute("scorecard", d.scorecardPage(shown.chosenStatus(), shown.chosenPage()));
        model.addAttribute("charts", true);
        if ("scorecard-page".equals(htmxTarget)) {
            return "dashboards/plan :: scorecardPage";
        }
        model.addAttribute("projects", projects.plan(planId, user, shown.chosenBasis()));
        return "dashboards/plan";
    }

    @GetMapping("/plans/{planId}/dashboard/budget")
    String budget(
            @PathVariable Long planId,
            DashboardParams shown,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        model.addAttribute("d", budgets.budget(planId, user, shown.chosenBasis(), shown.chosenVariant(), locale));
        model.addAttribute("charts", true);
        return "dashboards/budget";
    }

    @GetMapping("/plans/{planId}/indicators/{indicatorId}/dashboard")
    String indicator(
            @PathVariable Long planId,
            @PathVariable Long indicatorId,
            DashboardParams shown,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        model.addAttribute(
                "d",
                indicators.indicator(
                        planId,
                        indicatorId,
                        shown.chosenPage(),
                        IndicatorDashboards.PAGE,
                        user,
                        shown.chosenBasis(),
                        shown.chosenVariant(),
                        locale));
        model.addAttribute("charts", true);
        return "dashboards/indicator";
    }

    @GetMapping("/plans/{planId}/dashboard/export.xlsx")
    ResponseEntity<byte[]> planWorkbook(
            @PathVariable Long planId,
            DashboardParams shown,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        var d = plans.plan(planId, user, shown.chosenBasis(), shown.chosenVariant(), locale);
        return Downloads.xlsx(names.xlsx(d.title(), "plan", locale), workbooks.plan(d, locale));
    }

    @GetMapping("/plans/{planId}/dashboard/report.pdf")
    ResponseEntity<byte[]> progressReport(
            @PathVariable Long planId,
            DashboardParams shown,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        var d = plans.plan(planId, user, shown.chosenBasis(), shown.chosenVariant(), locale);
        return Downloads.pdf(names.pdf(d.title(), "report", locale), pdf.render(d, locale));
    }

    /** The plan's construction projects the user may see, in the columns of a 项目进度月报. */
    @GetMapping("/plans/{planId}/dashboard/projects/export.xlsx")
    ResponseEntity<byte[]> projectWorkbook(
            @PathVariable Long planId,
            DashboardParams shown,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        var board = projects.plan(planId, user, shown.chosenBasis());
        return Downloads.xlsx(names.xlsx(board.title(), "projects", locale), projectWorkbook.write(board, locale));
    }

    @GetMapping("/plans/{planId}/dashboard/budget/export.xlsx")
    ResponseEntity<byte[]> budgetWorkbook(
            @PathVariable Long planId,
            DashboardParams shown,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        var d = budgets.budget(planId, user, shown.chosenBasis(), shown.chosenVariant(), locale);
        return Downloads.xlsx(names.xlsx(d.title(), "budget", locale), workbooks.budget(d, locale));
    }

    @GetMapping("/plans/{planId}/indicators/{indicatorId}/dashboard/export.xlsx")
    ResponseEntity<byte[]> indicatorWorkbook(
            @PathVariable Long planId,
            @PathVariable Long indicatorId,
            DashboardParams shown,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        var d = indicators.indicator(
                planId, indicatorId, 0, 0, user, shown.chosenBasis(), shown.chosenVariant(), locale);
        return Downloads.xlsx(
                names.xlsx(d.planTitle(), "indicator", locale, indicatorLabel(d.summary())),
                workbooks.indicator(d, locale));
    }

    private static String indicatorLabel(com.hospitalplan.dashboard.DashboardViews.ScoreRow indicator) {
        return (indicator.number() == null ? "" : indicator.number() + " ") + indicator.name();
    }
}
