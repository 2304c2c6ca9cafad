package com.hospitalplan.documentimport;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.plan.PlanImportService;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanStateException;
import com.hospitalplan.plan.PlanStatus;
import com.hospitalplan.planworkbook.PendingImports;
import com.hospitalplan.planworkbook.PendingImports.Kind;
import com.hospitalplan.shared.FileNames;
import com.hospitalplan.targets.TargetParser;
import com.hospitalplan.targets.TargetService;
import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A plan document reviewed before it becomes a draft plan, or the new content of one. The upload is read at once (a
 * bad file is refused with its reason) and kept waiting in the database as the plan workbook's imports are ({@link
 * PendingImports}, kind DOCUMENT), so that the review and the confirmation may reach any instance; the draft is read
 * again from it (reading is deterministic). The planner's decisions per section and edits per item are kept beside it
 * ({@link ReviewStates}). Confirming writes the accepted items, edited, as a new draft plan of the planner's
 * organisation, or as the new content of the draft named at upload, through the plan's own import command in one
 * transaction; nothing is saved before.
 */
@Service
public class DraftReviewService {

    private final PlanDraftService drafts;
    private final PlanService plans;
    private final PendingImports pending;
    private final ReviewStates states;
    private final PlanImportService imports;
    private final TargetService targets;
    private final MessageSource messages;
    private final Clock clock;
    private final ReviewChoices choices;
    private final DocumentTexts texts = new DocumentTexts();
    private final PlanDraftExtractor extractor = new PlanDraftExtractor();
    private final DraftEdits edits = new DraftEdits(new TargetParser());

    /**
     * Drafts of waiting documents read on this instance, so that the review's requests need not read the file again.
     * Only a cache: another instance reads the kept file (reading is deterministic).
     */
    private final Cache<String, DraftLayout> layouts = Caffeine.newBuilder()
            .maximumSize(20)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    DraftReviewService(
            PlanDraftService drafts,
            PlanService plans,
            PendingImports pending,
            ReviewStates states,
            PlanImportService imports,
            TargetService targets,
            MessageSource messages,
            Clock clock,
            ReviewChoices choices) {
        this.drafts = drafts;
        this.plans = plans;
        this.pending = pending;
        this.states = states;
        this.imports = imports;
        this.targets = targets;
        this.messages = messages;
        this.clock = clock;
        this.choices = choices;
    }

    /**
     * The draft plan whose content a document may replace: its planners' and administrators' drafts only.
     *
     * @throws AccessDeniedException when the user may not change it
     * @throws DocumentRefusedException when it is no longer a draft
     */
    public PlanDetail replaceable(Long planId, SignedInUser user, Locale locale) {
        drafts.requireCreator(user);
        PlanDetail plan = plans.detail(planId, user, locale);
        if (!plans.mayChange(planId, user)) {
            throw new AccessDeniedException("Only the plan's planners replace plan " + planId);
        }
        if (plan.status() != PlanStatus.DRAFT) {
            throw new DocumentRefusedException("documentReview.error.notDraft");
        }
        return plan;
    }

    /**
     * Reads the document and keeps it waiting for review; saves no plan.
     *
     * @param planId the draft whose content the document is to replace, or {@code null} for a new plan
     * @return the token of the waiting draft
     * @throws DocumentRefusedException when the file cannot be read as a plan document, or the plan is no draft
     */
    public String upload(byte[] content, String fileName, Long planId, SignedInUser user, Locale locale) {
        drafts.requireCreator(user);
        PlanDetail plan = planId == null ? null : replaceable(planId, user, locale);
        DraftLayout layout = new DraftLayout(extractor.extract(texts.read(content)));
        String token = pending.add(
                Kind.DOCUMENT,
                new PendingImports.Pending(
                        user.id(),
                        planId,
                        plan == null ? null : plan.title(),
                        plan == null ? 0 : plan.version(),
                        FileNames.uploaded(fileName),
                        content,
                        Set.of(),
                        Set.of(PlanStatus.DRAFT)));
        layouts.put(token, layout);
        return token;
    }

    /** The waiting draft laid out for review, or empty when it expired or is someone else's. */
    public Optional<DraftReview> review(String token, SignedInUser user, Locale locale) {
        drafts.requireCreator(user);
        return pending.find(Kind.DOCUMENT, token, user.id()).map(waiting -> {
            ReviewState state = states.find(token);
            Long owner = owner(waiting.pending(), user, locale);
            return page(token, waiting, layout(token, waiting.pending()), state, state, null, Map.of(), owner, locale);
        });
    }

    /**
     * Decides one top-level section: accepts it with the items ticked and the fields as typed, drops it, or opens it
     * again. Typed fields that cannot be taken (a blank name, a year that is none) refuse the decision.
     *
     * @throws DocumentRefusedException when the draft expired
     */
    public ReviewOutcome decide(
            String token, int section, ReviewState.State state, ReviewForm form, SignedInUser user, Locale locale) {
        drafts.requireCreator(user);
        PendingImports.Waiting waiting = pending.find(Kind.DOCUMENT, token, user.id())
                .orElseThrow(() -> new DocumentRefusedException("documentReview.error.expired"));
        ReviewState stored = states.find(token);
        DraftLayout extracted = layout(token, waiting.pending());
        Long owner = owner(waiting.pending(), user, locale);
        if (section < 0 || section >= extracted.sectionCount()) {
            return new ReviewOutcome.Refused(
                    page(token, waiting, extracted, stored, stored, null, Map.of(), owner, locale));
        }
        Set<String> keys = extracted.keysOf(section);
        stored = stored.withChoices(state == ReviewState.State.ACCEPTED ? keys : Set.of(), form);
        ReviewState next;
        if (state == ReviewState.State.ACCEPTED) {
            Map<String, ItemEdit> typed = form.changes(extracted, keys);
            Map<String, String> errors = form.errors(extracted, keys);
            Set<String> ticked = new HashSet<>(form.items());
            ticked.retainAll(keys);
            if (!errors.isEmpty()) {
                ReviewState shown = stored.with(
                        section, new ReviewState.SectionDecision(ReviewState.State.OPEN, ticked), keys, typed);
                return new ReviewOutcome.Refused(page(
                        token,
                        waiting,
                        extracted,
                        shown.withoutRefused(errors),
                        shown,
                        new DraftReviews.Typed(section, ticked),
                        errors,
                        owner,
                        locale));
            }
            next = stored.with(section, new ReviewState.SectionDecision(state, ticked), keys, typed);
        } else if (state == ReviewState.State.DROPPED) {
            next = stored.with(section, new ReviewState.SectionDecision(state, Set.of()), Set.of(), Map.of());
        } else {
            ReviewState.SectionDecision was = stored.sections().get(section);
            Set<String> ticked = was == null || was.state() == ReviewState.State.DROPPED ? keys : was.items();
            next = stored.with(section, new ReviewState.SectionDecision(state, ticked), Set.of(), Map.of());
        }
        states.save(token, next);
        return new ReviewOutcome.Saved(
                null, false, page(token, waiting, extracted, next, next, null, Map.of(), owner, locale));
    }

    /**
     * Creates the draft plan from the accepted items (or replaces the draft's content with them): decided sections as
     * decided, open ones as the form ticks them, each item as edited. Confirming again returns the same plan.
     *
     * @throws DocumentRefusedException when the draft expired, is being saved by another request, or the plan to
     *     replace is no longer a draft or changed meanwhile
     */
    public ReviewOutcome confirm(String token, ReviewForm form, SignedInUser user, Locale locale) {
        drafts.requireCreator(user);
        PendingImports.Waiting waiting = pending.find(Kind.DOCUMENT, token, user.id())
                .orElseThrow(() -> new DocumentRefusedException("documentReview.error.expired"));
        ReviewState stored = states.find(token);
        DraftLayout extracted = layout(token, waiting.pending());
        Set<String> openKeys = new HashSet<>();
        for (int s = 0; s < extracted.sectionCount(); s++) {
            if (stored.stateOf(s) == ReviewState.State.OPEN) {
                openKeys.addAll(extracted.keysOf(s));
            }
        }
        Map<String, String> errors = form.errors(extracted, openKeys);
        Map<String, ItemEdit> allEdits = new HashMap<>(stored.edits());
        allEdits.keySet().removeAll(openKeys);
        allEdits.putAll(form.changes(extracted, openKeys));
        ReviewState shown = stored.withEdits(allEdits).withChoices(openKeys, form);
        Long owner = owner(waiting.pending(), user, locale);
        if (!errors.isEmpty()) {
            return new ReviewOutcome.Refused(
                    page(token, waiting, extracted, shown.withoutRefused(errors), shown, null, errors, owner, locale));
        }
        Set<Integer> sections = new HashSet<>();
        Set<String> items = new HashSet<>();
        for (int s = 0; s < extracted.sectionCount(); s++) {
            ReviewState.SectionDecision decision = stored.sections().get(s);
            ReviewState.State state = decision == null ? ReviewState.State.OPEN : decision.state();
            if (state == ReviewState.State.ACCEPTED) {
                sections.add(s);
                items.addAll(decision.items());
            } else if (state == ReviewState.State.OPEN && form.sections().contains(s)) {
                sections.add(s);
                Set<String> ticked = new HashSet<>(form.items());
                ticked.retainAll(extracted.keysOf(s));
                items.addAll(ticked);
            }
        }
        Long planId = save(
                token, waiting.pending(), extracted, shown, new DraftSelection(sections, items), owner, user, locale);
        return new ReviewOutcome.Saved(planId, waiting.pending().planId() != null, null);
    }

    private Long save(
            String token,
            PendingImports.Pending waiting,
            DraftLayout extracted,
            ReviewState decided,
            DraftSelection selection,
            Long owner,
            SignedInUser user,
            Locale locale) {
        PendingImports.Claim claim = pending.claim(Kind.DOCUMENT, token, user.id());
        if (claim instanceof PendingImports.Claim.Done done) {
            return done.planId();
        }
        if (claim instanceof PendingImports.Claim.Busy) {
            throw new DocumentRefusedException("documentReview.error.busy");
        }
        if (!(claim instanceof PendingImports.Claim.Claimed)) {
            throw new DocumentRefusedException("documentReview.error.expired");
        }
        try {
            DraftPlanCommand.Defaults defaults = new DraftPlanCommand.Defaults(
                    DocumentTitles.title(waiting.fileName(), messages, locale),
                    messages.getMessage("documentReview.unstated", null, locale),
                    Year.now(clock).getValue(),
                    messages.getMessage("documentReview.unit.unmatchedNote", null, locale));
            DraftLayout layout = new DraftLayout(edits.apply(extracted.draft(), decided.edits()));
            PlanDetail plan = waiting.planId() == null ? null : replaceable(waiting.planId(), user, locale);
            PlanCommands.ImportPlan command =
                    choices.command(layout, selection, defaults, decided, owner, plan, user, locale);
            Long planId = plan == null ? imports.create(command, user) : plan.id();
            if (plan != null) {
                imports.replace(
                        plan.id(), waiting.planVersion(), DraftPlanCommand.keepingDescription(command, plan), user);
            }
            pending.done(token, planId);
            return planId;
        } catch (DataIntegrityViolationException e) {
            pending.release(token);
            throw new DocumentRefusedException("documentReview.error.notSaved");
        } catch (ObjectOptimisticLockingFailureException e) {
            pending.release(token);
            throw new DocumentRefusedException("documentReview.error.changedMeanwhile");
        } catch (PlanStateException e) {
            pending.release(token);
            throw new DocumentRefusedException("documentReview.error.notDraft");
        } catch (RuntimeException e) {
            pending.release(token);
            throw e;
        }
    }

    /**
     * The review page: the draft with the {@code saved} edits applied, the fields as {@code shown} (a refused form's
     * typed values too).
     */
    private DraftReview page(
            String token,
            PendingImports.Waiting waiting,
            DraftLayout extracted,
            ReviewState saved,
            ReviewState shown,
            DraftReviews.Typed typed,
            Map<String, String> errors,
            Long owner,
            Locale locale) {
        DraftLayout edited =
                saved.edits().isEmpty() ? extracted : new DraftLayout(edits.apply(extracted.draft(), saved.edits()));
        DraftReview.Replaced replaces = waiting.pending().planId() == null
                ? null
                : new DraftReview.Replaced(
                        waiting.pending().planId(), waiting.pending().planTitle());
        return DraftReviews.of(
                token,
                waiting,
                extracted,
                edited,
                shown,
                typed,
                errors,
                replaces,
                targets,
                locale,
                ReviewChoices.rows(edited, choices.units(owner, shown.units())),
                ReviewChoices.basisRows(edited.draft().facts().basisDocuments(), shown.basis()),
                ReviewChoices.factsShown(edited.draft().facts(), shown.facts()),
                choices.coverage(owner, shown.coverage(), replaces != null));
    }

    /** The organisation the plan belongs to: the user's for a new plan, the replaced draft's owner otherwise. */
    private Long owner(PendingImports.Pending waiting, SignedInUser user, Locale locale) {
        return waiting.planId() == null
                ? user.organizationId()
                : plans.detail(waiting.planId(), user, locale).ownerOrganizationId();
    }

    private DraftLayout layout(String token, PendingImports.Pending waiting) {
        return layouts.get(token, t -> new DraftLayout(extractor.extract(texts.read(waiting.content()))));
    }
}
