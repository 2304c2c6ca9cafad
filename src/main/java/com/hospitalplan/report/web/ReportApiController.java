package com.hospitalplan.report.web;

import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.report.ReportInput;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.user.SignedInUser;
import com.hospitalplan.shared.PlainText;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reporting workflow for hospital information systems, with the same permissions as the pages: list
 * assignments, start, save and submit a report, approve or return it.
 */
@RestController
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
            @Size(max = ReportInput.REMARK, message = "{form.tooLong}") @PlainText String reason,
            Map<Long, @Size(max = ReportInput.REMARK, message = "{form.tooLong}") @PlainText String> valueReasons) {}

    @GetMapping("/api/v1/assignments")
    @Operation(summary = "What the caller's organisation has to report, newest period first")
    List<ReportViews.Assignment> assignments(@AuthenticationPrincipal SignedInUser user) {
        return pages.assignments(user);
    }

    @PostMapping("/api/v1/periods/{periodId}/reports")
    @Operation(summary = "The caller's report for a period, made on first call (calling again returns the same)")
    ResponseEntity<Map<String, Long>> startReport(
            @PathVariable Long periodId, @AuthenticationPrincipal SignedInUser user) {
        Long reportId = drafting.startReport(periodId, user);
        return ResponseEntity.created(URI.create("/api/v1/reports/" + reportId)).body(Map.of("id", reportId));
    }

    @GetMapping("/api/v1/reports/{reportId}")
    @Operation(summary = "A report with its values, milestones, spending, evidence list and history")
    ReportViews.ReportPage report(
            @PathVariable Long reportId, @AuthenticationPrincipal SignedInUser user, Locale locale) {
        return pages.page(reportId, user, locale);
    }

    @PutMapping("/api/v1/reports/{reportId}")
    @Operation(summary = "Saves values, milestone progress, spending and narrative as a draft (version must match)")
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
    @Operation(summary = "Submits the saved report; 422 with the problems while it is incomplete")
    ReportViews.ReportPage submit(
            @PathVariable Long reportId,
            @RequestParam long version,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        drafting.submit(reportId, version, user);
        return pages.page(reportId, user, locale);
    }

    @PostMapping("/api/v1/reports/{reportId}/approve")
    @Operation(summary = "Approves a submitted report: its values become official")
    ReportViews.ReportPage approve(
            @PathVariable Long reportId,
            @RequestParam long version,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale) {
        decisions.approve(reportId, version, user);
        return pages.page(reportId, user, locale);
    }

    @PostMapping("/api/v1/reports/{reportId}/return")
    @Operation(summary = "Returns a submitted report with a reason, optionally with reasons for single values")
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
