package com.hospitalplan.documentimport.web;

import com.hospitalplan.documentimport.DocumentRefusedException;
import com.hospitalplan.documentimport.DocumentTexts;
import com.hospitalplan.documentimport.DraftReviewService;
import com.hospitalplan.documentimport.ItemEdit;
import com.hospitalplan.documentimport.PlanDraftService;
import com.hospitalplan.documentimport.ReviewForm;
import com.hospitalplan.documentimport.ReviewOutcome;
import com.hospitalplan.documentimport.ReviewState;
import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.user.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 从文档导入: a plan document uploaded (or its text pasted), the draft read from it reviewed beside the document —
 * accepted, dropped or edited per item, accepted or dropped per top-level section — and the accepted part saved as a
 * new draft plan, or as the new content of a draft plan (从文档替换内容).
 */
@Controller
class DraftReviewController {

    private static final String FORM = "documentimport/upload";
    private static final String REVIEW = "documentimport/review";
    private static final Pattern FIELD = Pattern.compile("(name|target|unit|year|amount)\\.([gimbt]\\d{1,6})");
    private static final Pattern UNIT_CHOICE = Pattern.compile("org\\.[gi]\\d{1,6}\\.\\d{1,3}");
    private static final Pattern CHOICE_VALUE = Pattern.compile("|drop|new|\\d{1,18}");
    private static final Pattern BASIS_FIELD = Pattern.compile("basis(Title|Number)\\.(\\d{1,3})");

    private final DraftReviewService reviews;
    private final PlanDraftService drafts;

    DraftReviewController(DraftReviewService reviews, PlanDraftService drafts) {
        this.reviews = reviews;
        this.drafts = drafts;
    }

    @GetMapping("/plans/document-import")
    String initUploadForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        drafts.requireCreator(user);
        return showForm(model, null, null, "");
    }

    @PostMapping("/plans/document-import")
    String processUploadForm(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "text", required = false) String text,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        drafts.requireCreator(user);
        return upload(file, text, null, null, user, locale, model, response);
    }

    @GetMapping("/plans/{planId}/document-import")
    String initReplaceForm(
            @PathVariable Long planId,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            return showForm(model, reviews.replaceable(planId, user, locale), null, "");
        } catch (DocumentRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return "redirect:/plans/" + planId;
        }
    }

    @PostMapping("/plans/{planId}/document-import")
    String processReplaceForm(
            @PathVariable Long planId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "text", required = false) String text,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PlanDetail plan;
        try {
            plan = reviews.replaceable(planId, user, locale);
        } catch (DocumentRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return "redirect:/plans/" + planId;
        }
        return upload(file, text, planId, plan, user, locale, model, response);
    }

    private String upload(
            MultipartFile file,
            String text,
            Long planId,
            PlanDetail plan,
            SignedInUser user,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        String pasted = text == null ? "" : text;
        try {
            String token;
            if (file != null && !file.isEmpty()) {
                if (file.getSize() > DocumentTexts.MAX_BYTES) {
                    throw new DocumentRefusedException(
                            "document.refused.tooLarge", String.valueOf(DocumentTexts.MAX_BYTES / 1024 / 1024));
                }
                token = reviews.upload(file.getBytes(), file.getOriginalFilename(), planId, user, locale);
            } else if (!pasted.isBlank()) {
                token = reviews.upload(pasted.getBytes(StandardCharsets.UTF_8), null, planId, user, locale);
            } else {
                return refused(
                        model, plan, new Refusal("documentReview.error.nothing", new Object[0]), pasted, response);
            }
            return "redirect:/plans/document-import/" + token;
        } catch (DocumentRefusedException e) {
            return refused(model, plan, new Refusal(e.messageKey(), e.arguments()), pasted, response);
        } catch (IOException e) {
            return refused(model, plan, new Refusal("document.refused.unreadable", new Object[0]), pasted, response);
        }
    }

    @GetMapping("/plans/document-import/{token}")
    String showReview(
            @PathVariable String token,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return reviews.review(token, user, locale)
                .map(review -> {
                    model.addAttribute("review", review);
                    return REVIEW;
                })
                .orElseGet(() -> expired(redirect));
    }

    /** One section accepted (with its items as ticked and edited), dropped, or opened again. */
    @PostMapping("/plans/document-import/{token}/sections/{section}")
    String decideSection(
            @PathVariable String token,
            @PathVariable int section,
            @RequestParam(name = "decision") ReviewState.State decision,
            HttpServletRequest request,
            HttpServletResponse response,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            ReviewOutcome outcome = reviews.decide(token, section, decision, form(request), user, locale);
            if (outcome instanceof ReviewOutcome.Refused refused) {
                response.setStatus(422);
                model.addAttribute("review", refused.review());
                return REVIEW;
            }
            if ("true".equals(request.getHeader("HX-Request"))) {
                model.addAttribute("review", ((ReviewOutcome.Saved) outcome).review());
                return REVIEW;
            }
            return "redirect:/plans/document-import/" + token + "#section-" + section;
        } catch (DocumentRefusedException e) {
            return expired(redirect);
        }
    }

    @PostMapping("/plans/document-import/{token}")
    String confirm(
            @PathVariable String token,
            HttpServletRequest request,
            HttpServletResponse response,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            ReviewOutcome outcome = reviews.confirm(token, form(request), user, locale);
            if (outcome instanceof ReviewOutcome.Refused refused) {
                response.setStatus(422);
                model.addAttribute("review", refused.review());
                return REVIEW;
            }
            ReviewOutcome.Saved saved = (ReviewOutcome.Saved) outcome;
            redirect.addFlashAttribute(
                    "success", saved.replaced() ? "documentReview.replaced" : "documentReview.saved");
            return "redirect:/plans/" + saved.planId();
        } catch (DocumentRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return reviews.review(token, user, locale).isPresent()
                    ? "redirect:/plans/document-import/" + token
                    : "redirect:/plans/document-import";
        }
    }

    private static String expired(RedirectAttributes redirect) {
        redirect.addFlashAttribute("failure", "documentReview.error.expired");
        return "redirect:/plans/document-import";
    }

    /** The review form as posted; anything else a form could send is ignored. */
    static ReviewForm form(HttpServletRequest request) {
        Set<Integer> sections = new HashSet<>();
        for (String value : values(request, "section")) {
            if (value.strip().matches("\\d{1,6}")) {
                sections.add(Integer.valueOf(value.strip()));
            }
        }
        Set<String> items = new HashSet<>(values(request, "item"));
        Map<String, String[]> fields = new HashMap<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            Matcher m = FIELD.matcher(parameter.getKey());
            if (m.matches() && parameter.getValue().length > 0) {
                String[] edit = fields.computeIfAbsent(m.group(2), k -> new String[5]);
                edit[List.of("name", "target", "unit", "year", "amount").indexOf(m.group(1))] =
                        parameter.getValue()[0];
            }
        }
        Map<String, ItemEdit> typed = new HashMap<>();
        fields.forEach((key, f) -> typed.put(key, new ItemEdit(f[0], f[1], f[2], f[3], f[4])));
        ReviewState.FactsEdit facts = request.getParameter("factsShown") == null
                ? null
                : new ReviewState.FactsEdit(
                        request.getParameter("factTitle"),
                        request.getParameter("factIssuer"),
                        request.getParameter("factStart"),
                        request.getParameter("factEnd"));
        return new ReviewForm(sections, items, typed, unitChoices(request), basis(request), facts, coverage(request));
    }

    /** The regions and institutions chosen for the plan to cover; {@code null} when the form had no such choice. */
    private static ReviewState.CoverageEdit coverage(HttpServletRequest request) {
        if (request.getParameter("coverageShown") == null) {
            return null;
        }
        List<String> regions = values(request, "coverRegion").stream()
                .map(String::strip)
                .filter(code -> code.matches("[0-9A-Za-z]{1,12}"))
                .toList();
        List<Long> organizations = values(request, "coverOrg").stream()
                .map(String::strip)
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .toList();
        return new ReviewState.CoverageEdit(regions, organizations);
    }

    /** The choice per responsible unit: keep the proposal (blank), drop, accept the new department, or an id. */
    private static Map<String, String> unitChoices(HttpServletRequest request) {
        Map<String, String> choices = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (UNIT_CHOICE.matcher(name).matches()
                    && values.length > 0
                    && CHOICE_VALUE.matcher(values[0].strip()).matches()) {
                choices.put(name, values[0].strip());
            }
        });
        return choices;
    }

    /** The basis documents as typed, the ticked ones kept; {@code null} when the form showed none. */
    private static Map<Integer, ReviewState.BasisEdit> basis(HttpServletRequest request) {
        if (request.getParameter("basisShown") == null) {
            return null;
        }
        Set<String> kept = new HashSet<>(values(request, "basis"));
        Map<Integer, String[]> typed = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            Matcher m = BASIS_FIELD.matcher(name);
            if (m.matches() && values.length > 0) {
                typed.computeIfAbsent(Integer.valueOf(m.group(2)), k -> new String[2])[
                                m.group(1).equals("Title") ? 0 : 1] =
                        values[0].strip();
            }
        });
        Map<Integer, ReviewState.BasisEdit> basis = new HashMap<>();
        typed.forEach((index, f) ->
                basis.put(index, new ReviewState.BasisEdit(f[0], f[1], !kept.contains(String.valueOf(index)))));
        return basis;
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }

    private String refused(Model model, PlanDetail plan, Refusal refusal, String text, HttpServletResponse response) {
        response.setStatus(422);
        return showForm(model, plan, refusal, text);
    }

    private String showForm(Model model, PlanDetail plan, Refusal refusal, String text) {
        model.addAttribute("plan", plan);
        model.addAttribute("refusal", refusal);
        model.addAttribute("text", text);
        model.addAttribute("maxMegabytes", DocumentTexts.MAX_BYTES / 1024 / 1024);
        return FORM;
    }

    /** Why a document was refused: a message key and its arguments. */
    record Refusal(String key, Object[] args) {}
}
