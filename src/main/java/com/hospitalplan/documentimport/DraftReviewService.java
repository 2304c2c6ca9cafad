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

    /** What a confirmation or a section's decision came to: saved, or refused with the page to show again. */
    public sealed interface Outcome {
        /**
         * Saved: the plan's id (for a section's decision, {@code null}), whether a draft's content was replaced, and
         * the page as it is now (for a confirmation, {@code null}).
         */
        record Saved(Long planId, boolean replaced, DraftReview review) implements Outcome {}

        /** Refused: the page with the planner's input and the message at each field. */
        record Refused(DraftReview review) implements Outcome {}
    }

    /**
     * A review form as posted: the sections and items ticked, and the fields as typed ({@code name.<key>}, {@code
     * target.<key>}, {@code unit.<key>}, {@code year.<key>}; {@code null} where the form has no such field).
     */
    public record Form(Set<Integer> sections, Set<String> items, Map<String, ItemEdit> typed) {}

    private final PlanDraftService drafts;
    private final PlanService plans;
    private final PendingImports pending;
    private final ReviewStates states;
    private final PlanImportService imports;
    private final TargetService targets;
    private final MessageSource messages;
    private final Clock clock;
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
            Clock clock) {
        this.drafts = drafts;
        this.plans = plans;
        this.pending = pending;
        this.states = states;
        this.imports = imports;
        this.targets = targets;
        this.messages = messages;
        this.clock = clock;
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
                        cleanName(fileName),
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
            Reading reading = new Reading(layout(token, waiting.pending()), states.find(token));
            return reading.review(token, waiting, null, Map.of(), locale);
        });
    }

    /**
     * Decides one top-level section: accepts it with the items ticked and the fields as typed, drops it, or opens it
     * again. Typed fields that cannot be taken (a blank name, a year that is none) refuse the decision.
     *
     * @throws DocumentRefusedException when the draft expired
     */
    public Outcome decide(
            String token, int section, ReviewState.State state, Form form, SignedInUser user, Locale locale) {
        drafts.requireCreator(user);
        PendingImports.Waiting waiting = pending.find(Kind.DOCUMENT, token, user.id())
                .orElseThrow(() -> new DocumentRefusedException("documentReview.error.expired"));
        ReviewState stored = states.find(token);
        DraftLayout extracted = layout(token, waiting.pending());
        if (section < 0 || section >= extracted.sectionCount()) {
            return new Outcome.Refused(read(extracted, stored).review(token, waiting, null, Map.of(), locale));
        }
        Set<String> keys = keysOf(extracted, section);
        ReviewState next;
        if (state == ReviewState.State.ACCEPTED) {
            Map<String, ItemEdit> typed = changes(extracted, keys, form.typed());
            Map<String, String> errors = errors(extracted, keys, form.typed());
            Set<String> ticked = new HashSet<>(form.items());
            ticked.retainAll(keys);
            if (!errors.isEmpty()) {
                ReviewState shown = stored.with(
                        section, new ReviewState.SectionDecision(ReviewState.State.OPEN, ticked), keys, typed);
                return new Outcome.Refused(read(extracted, validOnly(shown, errors))
                        .review(token, waiting, new DraftReviews.Typed(section, ticked), errors, locale, shown));
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
        return new Outcome.Saved(null, false, read(extracted, next).review(token, waiting, null, Map.of(), locale));
    }

    /**
     * Creates the draft plan from the accepted items (or replaces the draft's content with them): decided sections as
     * decided, open ones as the form ticks them, each item as edited. Confirming again returns the same plan.
     *
     * @throws DocumentRefusedException when the draft expired, is being saved by another request, or the plan to
     *     replace is no longer a draft or changed meanwhile
     */
    public Outcome confirm(String token, Form form, SignedInUser user, Locale locale) {
        drafts.requireCreator(user);
        PendingImports.Waiting waiting = pending.find(Kind.DOCUMENT, token, user.id())
                .orElseThrow(() -> new DocumentRefusedException("documentReview.error.expired"));
        ReviewState stored = states.find(token);
        DraftLayout extracted = layout(token, waiting.pending());
        Set<String> openKeys = new HashSet<>();
        for (int s = 0; s < extracted.sectionCount(); s++) {
            if (stored.stateOf(s) == ReviewState.State.OPEN) {
                openKeys.addAll(keysOf(extracted, s));
            }
        }
        Map<String, String> errors = errors(extracted, openKeys, form.typed());
        Map<String, ItemEdit> allEdits = new HashMap<>(stored.edits());
        allEdits.keySet().removeAll(openKeys);
        allEdits.putAll(changes(extracted, openKeys, form.typed()));
        ReviewState shown = new ReviewState(stored.sections(), allEdits);
        if (!errors.isEmpty()) {
            return new Outcome.Refused(
                    read(extracted, validOnly(shown, errors)).review(token, waiting, null, errors, locale, shown));
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
                ticked.retainAll(keysOf(extracted, s));
                items.addAll(ticked);
            }
        }
        Long planId =
                save(token, waiting.pending(), extracted, allEdits, new DraftSelection(sections, items), user, locale);
        return new Outcome.Saved(planId, waiting.pending().planId() != null, null);
    }

    private Long save(
            String token,
            PendingImports.Pending waiting,
            DraftLayout extracted,
            Map<String, ItemEdit> allEdits,
            DraftSelection selection,
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
                    title(waiting.fileName(), locale),
                    messages.getMessage("documentReview.unstated", null, locale),
                    Year.now(clock).getValue());
            DraftLayout layout = new DraftLayout(edits.apply(extracted.draft(), allEdits));
            PlanCommands.ImportPlan command = DraftPlanCommand.of(layout, selection, defaults);
            Long planId;
            if (waiting.planId() == null) {
                planId = imports.create(command, user);
            } else {
                PlanDetail plan = replaceable(waiting.planId(), user, locale);
                imports.replace(plan.id(), waiting.planVersion(), keepDescription(command, plan), user);
                planId = plan.id();
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

    /** The command with the draft's own description (title, issuer, period, coverage): only its content changes. */
    private static PlanCommands.ImportPlan keepDescription(PlanCommands.ImportPlan command, PlanDetail plan) {
        PlanCommands.SavePlan description = new PlanCommands.SavePlan(
                plan.title(),
                plan.issuer(),
                plan.startYear(),
                plan.endYear(),
                plan.issuedOn(),
                plan.summary(),
                plan.basisDocuments(),
                plan.ownerOrganizationId(),
                plan.coveredOrganizationIds(),
                plan.coveredRegionCodes());
        return new PlanCommands.ImportPlan(
                description,
                PlanStatus.DRAFT,
                command.goals(),
                command.milestones(),
                command.indicators(),
                command.budgetLines(),
                command.statedTotals());
    }

    /** A waiting document read, with the decisions and edits so far. */
    private final class Reading {
        private final DraftLayout extracted;
        private final DraftLayout edited;
        private final ReviewState state;

        Reading(DraftLayout extracted, ReviewState state) {
            this.extracted = extracted;
            this.state = state;
            this.edited = state.edits().isEmpty()
                    ? extracted
                    : new DraftLayout(edits.apply(extracted.draft(), state.edits()));
        }

        DraftReview review(
                String token,
                PendingImports.Waiting w,
                DraftReviews.Typed typed,
                Map<String, String> errors,
                Locale locale) {
            return review(token, w, typed, errors, locale, state);
        }

        /** The page; {@code shown} holds the edits as typed (refused ones too) for the fields. */
        DraftReview review(
                String token,
                PendingImports.Waiting w,
                DraftReviews.Typed typed,
                Map<String, String> errors,
                Locale locale,
                ReviewState shown) {
            DraftReview.Replaced replaces = w.pending().planId() == null
                    ? null
                    : new DraftReview.Replaced(w.pending().planId(), w.pending().planTitle());
            return DraftReviews.of(token, w, extracted, edited, shown, typed, errors, replaces, targets, locale);
        }
    }

    private Reading read(DraftLayout extracted, ReviewState state) {
        return new Reading(extracted, state);
    }

    /** The state with the edits of fields refused left out, so the draft shown is what would be saved. */
    private static ReviewState validOnly(ReviewState state, Map<String, String> errors) {
        Map<String, ItemEdit> valid = new HashMap<>();
        state.edits().forEach((key, edit) -> {
            boolean refused = errors.keySet().stream().anyMatch(field -> field.endsWith("." + key));
            if (!refused) {
                valid.put(key, edit);
            }
        });
        return new ReviewState(state.sections(), valid);
    }

    private static Set<String> keysOf(DraftLayout layout, int section) {
        Set<String> keys = new HashSet<>();
        for (DraftLayout.Entry entry : layout.entries()) {
            if (entry.section() == section) {
                keys.add(entry.key());
            }
        }
        return keys;
    }

    /** The typed fields of these items that differ from the extracted ones. */
    private static Map<String, ItemEdit> changes(DraftLayout extracted, Set<String> keys, Map<String, ItemEdit> typed) {
        Map<String, ItemEdit> changes = new HashMap<>();
        for (String key : keys) {
            ItemEdit edit = typed.get(key);
            if (edit != null) {
                ItemEdit changed = ItemEdit.ofChanges(
                        edit, DraftEdits.fieldsOf(extracted.entry(key).item()));
                if (changed != null) {
                    changes.put(key, changed);
                }
            }
        }
        return changes;
    }

    /** Each typed field that cannot be taken, by field name ({@code year.i3}), with its message key. */
    static Map<String, String> errors(DraftLayout extracted, Set<String> keys, Map<String, ItemEdit> typed) {
        Map<String, String> errors = new HashMap<>();
        for (String key : keys) {
            ItemEdit edit = typed.get(key);
            if (edit == null) {
                continue;
            }
            String kind = extracted.entry(key).kind();
            if (edit.name() != null && edit.name().isBlank()) {
                errors.put("name." + key, "documentReview.error.nameRequired");
            } else if (edit.name() != null && edit.name().strip().length() > ItemEdit.MAX_NAME) {
                errors.put("name." + key, "documentReview.error.tooLong");
            }
            if (kind.equals("INDICATOR") && edit.target() != null) {
                if (edit.target().isBlank()) {
                    errors.put("target." + key, "documentReview.error.targetRequired");
                } else if (edit.target().strip().length() > ItemEdit.MAX_TARGET) {
                    errors.put("target." + key, "documentReview.error.tooLong");
                }
            }
            if (edit.unit() != null && edit.unit().strip().length() > ItemEdit.MAX_UNIT) {
                errors.put("unit." + key, "documentReview.error.tooLong");
            }
            Integer year = edit.yearValue();
            if (year != null && year < 0
                    || kind.equals("MILESTONE")
                            && edit.year() != null
                            && edit.year().isBlank()) {
                errors.put("year." + key, "documentReview.error.year");
            }
        }
        return errors;
    }

    private DraftLayout layout(String token, PendingImports.Pending waiting) {
        return layouts.get(token, t -> new DraftLayout(extractor.extract(texts.read(waiting.content()))));
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
