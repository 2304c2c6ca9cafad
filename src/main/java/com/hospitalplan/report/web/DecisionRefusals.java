package com.hospitalplan.report.web;

import com.hospitalplan.report.DecisionRefusedException;
import com.hospitalplan.report.ReportNotFoundException;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.user.SignedInUser;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A reviewer's refused decision (from the review module's controller) comes back on the report page, not above it: the
 * decision forms hold what the reviewer typed, the message sits at the form and in its error summary. A stale decision
 * (someone decided meanwhile) is 409 and says what the report is now; the forms then carry the current version, so the
 * reviewer decides again knowingly. An incomplete one is 422.
 */
@ControllerAdvice(annotations = Controller.class)
class DecisionRefusals {

    // looked up when needed: this advice is in every web slice test's context, most of which have no report pages
    private final ObjectProvider<ReportPages> pages;

    DecisionRefusals(ObjectProvider<ReportPages> pages) {
        this.pages = pages;
    }

    @ExceptionHandler(DecisionRefusedException.class)
    ModelAndView refused(DecisionRefusedException refused, @AuthenticationPrincipal SignedInUser user, Locale locale) {
        ReportViews.ReportPage page;
        try {
            page = pages.getObject().page(refused.reportId(), user, locale);
        } catch (ReportNotFoundException e) {
            // a handler's own failure would be a 500: a report the reviewer may not read is not found, as anywhere
            return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        }
        DecisionForm decision = DecisionForm.of(refused);
        BindingResult result = new BeanPropertyBindingResult(decision, "decision");
        if (refused.stale()) {
            Object status = new DefaultMessageSourceResolvable("report.status." + page.status());
            result.reject(refused.messageKey(), new Object[] {status}, null);
        } else {
            result.rejectValue(DecisionForm.fieldOf(refused.decision()), refused.messageKey());
        }
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAttribute("decision", decision);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "decision", result);
        model.addAttribute("refusedDecision", refused.decision().name());
        String view = ReportController.show(page, ReportForm.of(page), model);
        return new ModelAndView(view, model, refused.stale() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT);
    }
}
