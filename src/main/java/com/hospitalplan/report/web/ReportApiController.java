package com.hospitalplan.report.web;

import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.report.ReportInput;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.shared.PlainText;
import com.hospitalplan.user.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reporting workflow for hospital information systems, with the same permissions as the pages: list
 * assignments, start, save and submit a report, approve or return it.
 */
@RestController
@Tag(name = "reports", description = "Reporting: assignments, reports, submission and the reviewers' decisions")
class ReportApiController {

    private final ReportPages pages;
    private final ReportDrafting drafting;
    private final ReportDecisions decisions;

    ReportApiController(ReportPages pages, ReportDrafting drafting, ReportDecisions decisions) {
        this.pages = pages;
        this.drafting = drafting;
        this.decisions = decisions;
    }

    /** A reviewer's decision to return a report. */
    record ReturnRequest(
            @Size(max = ReportInput.REMARK, message = "{form.tooLong}") @PlainText
            String reason,

            Map<Long, @Size(max = ReportInput.REMARK, message = "{form.tooLong}") @PlainText String> valueReasons) {}

    @GetMapping("/api/v1/assignments")
    @Operation(
            operationId = "listAssignments",
            summary = "What the caller's organisation has to report, newest period first",
            description = "For a reporter (科室填报人): each open or past period of a plan that assigns indicators to"
                    + " the caller's organisation, with its due date and the state of the organisation's report.")
    List<ReportViews.Assignment> assignments(@AuthenticationPrincipal SignedInUser user) {
        return pages.assignments(user);
    }

    @PostMapping("/api/v1/periods/{periodId}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "startReport",
            summary = "The caller's report for a period, made on first call (calling again returns the same)",
            description = "For a reporter of an organisation the period assigns: answers the report's id and its"
                    + " address (Location). A period of a plan the caller may not report on is 404.")
    ResponseEntity<Map<String, Long>> startReport(
            @PathVariable Long periodId, @AuthenticationPrincipal SignedInUser user) {
        Long reportId = drafting.startReport(periodId, user);
        return ResponseEntity.created(URI.create("/api/v1/reports/" + reportId)).body(Map.of("id", reportId));
    }

    @GetMapping("/api/v1/reports/{reportId}")
    @Operation(
            operationId = "getReport",
            summary = "A report with its values, milestones, spending, evidence list and history",
            description = "For the reporters of the report's organisation and the reviewers and readers over it;"
                    + " version is what a save, submission or decision must send back.")
    ReportViews.ReportPage report(
            @PathVariable Long reportId, @AuthenticationPrincipal SignedInUser user, Locale locale) {
        return pages.page(reportId, user, locale);
    }

    @PutMapping("/api/v1/reports/{reportId}")
    @Operation(
            operationId = "saveReport",
            summary =
                    "Saves values, milestone progress, this period's spending and narrative as a draft (version must match)",
            description = "For a reporter of the report's organisation while the report is a draft or returned."
                    + " Values are keyed by indicator id; a version other than the stored one is 409.")
    ReportViews.ReportPage save(
            @PathVariable Long reportId,
            @RequestParam long version,
            @Valid @RequestBody ReportInput input,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        drafting.save(reportId, version, withDefaults(input), user);
        return pages.page(reportId, user, locale);
    }

    @PostMapping("/api/v1/reports/{reportId}/submit")
    @Operation(
            operationId = "submitReport",
            summary = "Submits the saved report; 422 with the problems while it is incomplete",
            description = "For a reporter of the report's organisation: sends the saved draft to the reviewers;"
                    + " missing values or explanations are listed with the 422 answer.")
    ReportViews.ReportPage submit(
            @PathVariable Long reportId,
            @RequestParam long version,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        drafting.submit(reportId, version, user);
        return pages.page(reportId, user, locale);
    }

    @PostMapping("/api/v1/reports/{reportId}/approve")
    @Operation(
            operationId = "approveReport",
            summary = "Approves a submitted report: its values become official",
            description = "For a reviewer (卫健审核人) over the report's organisation; the reporters are told.")
    ReportViews.ReportPage approve(
            @PathVariable Long reportId,
            @RequestParam long version,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        decisions.approve(reportId, version, user);
        return pages.page(reportId, user, locale);
    }

    @PostMapping("/api/v1/reports/{reportId}/return")
    @Operation(
            operationId = "returnReport",
            summary = "Returns a submitted report with a reason, optionally with reasons for single values",
            description = "For a reviewer over the report's organisation: the report goes back to its reporters,"
                    + " who are told the reason; valueReasons are keyed by indicator id.")
    ReportViews.ReportPage returnReport(
            @PathVariable Long reportId,
            @RequestParam long version,
            @Valid @RequestBody ReturnRequest request,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        decisions.returnReport(
                reportId,
                version,
                request.reason(),
                request.valueReasons() == null ? Map.of() : request.valueReasons(),
                user);
        return pages.page(reportId, user, locale);
    }

    private static ReportInput withDefaults(ReportInput input) {
        return new ReportInput(
                input.values() == null ? Map.of() : input.values(),
                input.milestones() == null ? Map.of() : input.milestones(),
                input.spending() == null ? Map.of() : input.spending(),
                input.achievements(),
                input.problems(),
                input.nextSteps());
    }
}
