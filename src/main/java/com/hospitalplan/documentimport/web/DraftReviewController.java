package com.hospitalplan.documentimport.web;

import com.hospitalplan.documentimport.DocumentRefusedException;
import com.hospitalplan.documentimport.DocumentTexts;
import com.hospitalplan.documentimport.DraftReviewService;
import com.hospitalplan.documentimport.DraftSelection;
import com.hospitalplan.documentimport.PlanDraftService;
import com.hospitalplan.user.SignedInUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * 从文档导入: a plan document uploaded (or its text pasted), the draft read from it reviewed beside the document with
 * accept and drop per item and per top-level section, and the accepted part saved as a new draft plan.
 */
@Controller
class DraftReviewController {

    private static final String FORM = "documentimport/upload";

    private final DraftReviewService reviews;
    private final PlanDraftService drafts;

    DraftReviewController(DraftReviewService reviews, PlanDraftService drafts) {
        this.reviews = reviews;
        this.drafts = drafts;
    }

    @GetMapping("/plans/document-import")
    String initUploadForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        drafts.requireCreator(user);
        return showForm(model, null, "");
    }

    @PostMapping("/plans/document-import")
    String processUploadForm(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "text", required = false) String text,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        drafts.requireCreator(user);
        String pasted = text == null ? "" : text;
        try {
            String token;
            if (file != null && !file.isEmpty()) {
                if (file.getSize() > DocumentTexts.MAX_BYTES) {
                    throw new DocumentRefusedException(
                            "document.refused.tooLarge", String.valueOf(DocumentTexts.MAX_BYTES / 1024 / 1024));
                }
                token = reviews.upload(file.getBytes(), file.getOriginalFilename(), user);
            } else if (!pasted.isBlank()) {
                token = reviews.upload(pasted.getBytes(StandardCharsets.UTF_8), null, user);
            } else {
                return showForm(model, new Refusal("documentReview.error.nothing", new Object[0]), pasted);
            }
            return "redirect:/plans/document-import/" + token;
        } catch (DocumentRefusedException e) {
            return showForm(model, new Refusal(e.messageKey(), e.arguments()), pasted);
        } catch (IOException e) {
            return showForm(model, new Refusal("document.refused.unreadable", new Object[0]), pasted);
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
                    return "documentimport/review";
                })
                .orElseGet(() -> {
                    redirect.addFlashAttribute("failure", "documentReview.error.expired");
                    return "redirect:/plans/document-import";
                });
    }

    @PostMapping("/plans/document-import/{token}")
    String confirm(
            @PathVariable String token,
            @RequestParam(name = "section", required = false) List<String> sections,
            @RequestParam(name = "item", required = false) List<String> items,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            RedirectAttributes redirect) {
        DraftSelection selection = new DraftSelection(numbers(sections), texts(items));
        try {
            Long planId = reviews.confirm(token, selection, user, locale);
            redirect.addFlashAttribute("success", "documentReview.saved");
            return "redirect:/plans/" + planId;
        } catch (DocumentRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return reviews.review(token, user, locale).isPresent()
                    ? "redirect:/plans/document-import/" + token
                    : "redirect:/plans/document-import";
        }
    }

    /** The section numbers ticked; anything else a form could send is no section. */
    private static Set<Integer> numbers(List<String> values) {
        Set<Integer> numbers = new HashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value != null && value.strip().matches("\\d{1,6}")) {
                numbers.add(Integer.valueOf(value.strip()));
            }
        }
        return numbers;
    }

    private static Set<String> texts(List<String> values) {
        Set<String> texts = new HashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value != null) {
                texts.add(value);
            }
        }
        return texts;
    }

    private String showForm(Model model, Refusal refusal, String text) {
        model.addAttribute("refusal", refusal);
        model.addAttribute("text", text);
        model.addAttribute("maxMegabytes", DocumentTexts.MAX_BYTES / 1024 / 1024);
        return FORM;
    }

    /** Why a document was refused: a message key and its arguments. */
    record Refusal(String key, Object[] args) {}
}
