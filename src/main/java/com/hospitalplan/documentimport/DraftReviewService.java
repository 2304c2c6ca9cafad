package com.hospitalplan.documentimport;

import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanImportService;
import com.hospitalplan.plan.PlanStatus;
import com.hospitalplan.planworkbook.PendingImports;
import com.hospitalplan.planworkbook.PendingImports.Kind;
import com.hospitalplan.targets.TargetService;
import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * A plan document reviewed before it becomes a draft plan. The upload is read at once (a bad file is refused with its
 * reason) and kept waiting in the database as the plan workbook's imports are ({@link PendingImports}, kind DOCUMENT),
 * so that the review and the confirmation may reach any instance; the draft is read again from it (reading is
 * deterministic). Confirming writes the accepted items as a new draft plan of the planner's organisation through the
 * plan's own import command, in one transaction; nothing is saved before.
 */
@Service
public class DraftReviewService {

    private final PlanDraftService drafts;
    private final PendingImports pending;
    private final PlanImportService imports;
    private final TargetService targets;
    private final MessageSource messages;
    private final Clock clock;
    private final DocumentTexts texts = new DocumentTexts();
    private final PlanDraftExtractor extractor = new PlanDraftExtractor();

    DraftReviewService(
            PlanDraftService drafts,
            PendingImports pending,
            PlanImportService imports,
            TargetService targets,
            MessageSource messages,
            Clock clock) {
        this.drafts = drafts;
        this.pending = pending;
        this.imports = imports;
        this.targets = targets;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Reads the document and keeps it waiting for review; saves no plan.
     *
     * @return the token of the waiting draft
     * @throws DocumentRefusedException when the file cannot be read as a plan document
     */
    public String upload(byte[] content, String fileName, SignedInUser user) {
        drafts.requireCreator(user);
        extractor.extract(texts.read(content));
        return pending.add(
                Kind.DOCUMENT,
                new PendingImports.Pending(
                        user.id(), null, null, 0, cleanName(fileName), content, Set.of(), Set.of(PlanStatus.DRAFT)));
    }

    /** The waiting draft laid out for review, or empty when it expired or is someone else's. */
    public Optional<DraftReview> review(String token, SignedInUser user, Locale locale) {
        drafts.requireCreator(user);
        return pending.find(Kind.DOCUMENT, token, user.id()).map(waiting -> {
            DraftLayout layout = layout(waiting.pending());
            return DraftReviews.of(token, waiting, layout, targets, locale);
        });
    }

    /**
     * Creates the draft plan from the accepted items. Confirming again returns the same plan.
     *
     * @return the new plan's id
     * @throws DocumentRefusedException when the draft expired or is being saved by another request
     */
    public Long confirm(String token, DraftSelection selection, SignedInUser user, Locale locale) {
        drafts.requireCreator(user);
        PendingImports.Claim claim = pending.claim(Kind.DOCUMENT, token, user.id());
        if (claim instanceof PendingImports.Claim.Done done) {
            return done.planId();
        }
        if (claim instanceof PendingImports.Claim.Busy) {
            throw new DocumentRefusedException("documentReview.error.busy");
        }
        if (!(claim instanceof PendingImports.Claim.Claimed claimed)) {
            throw new DocumentRefusedException("documentReview.error.expired");
        }
        try {
            PendingImports.Pending waiting = claimed.pending();
            DraftPlanCommand.Defaults defaults = new DraftPlanCommand.Defaults(
                    title(waiting.fileName(), locale),
                    messages.getMessage("documentReview.unstated", null, locale),
                    Year.now(clock).getValue());
            PlanCommands.ImportPlan command = DraftPlanCommand.of(layout(waiting), selection, defaults);
            Long planId = imports.create(command, user);
            pending.done(token, planId);
            return planId;
        } catch (DataIntegrityViolationException e) {
            pending.release(token);
            throw new DocumentRefusedException("documentReview.error.notSaved");
        } catch (RuntimeException e) {
            pending.release(token);
            throw e;
        }
    }

    private DraftLayout layout(PendingImports.Pending waiting) {
        return new DraftLayout(extractor.extract(texts.read(waiting.content())));
    }

    private String title(String fileName, Locale locale) {
        String name = fileName == null
                ? ""
                : fileName.replaceFirst("\\.[A-Za-z]{1,4}$", "").strip();
        return name.isEmpty() ? messages.getMessage("documentReview.untitled", null, locale) : name;
    }

    /** The uploaded file's own name, without any path a browser sent. */
    static String cleanName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
