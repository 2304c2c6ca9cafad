package com.hospitalplan.documentimport;

import com.hospitalplan.organization.OrganizationCommand;
import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The review's responsible units and basis documents: units matched against the organisation directory with the
 * planner's choices, new departments created where the user may create organisations (administrators only: a
 * planner's accepted proposal stays a name in the item's note), basis documents as read and as edited.
 */
@Component
class ReviewChoices {

    private static final int MAX_TITLE = 255;
    private static final int MAX_NUMBER = 64;

    private final OrganizationService organizations;
    private final MessageSource messages;
    private final CoverageChoices coverage;

    ReviewChoices(OrganizationService organizations, MessageSource messages, CoverageChoices coverage) {
        this.organizations = organizations;
        this.messages = messages;
        this.coverage = coverage;
    }

    /**
     * The plan's command from the accepted items with their responsible units as chosen (proposed departments the
     * planner accepted created where the user may), the basis documents kept, and the coverage chosen (or the replaced
     * draft's own, {@code replaced} not {@code null}) with the targets stated for every county or institution entered
     * for each one covered.
     */
    PlanCommands.ImportPlan command(
            DraftLayout layout,
            DraftSelection selection,
            DraftPlanCommand.Defaults defaults,
            ReviewState decided,
            Long owner,
            PlanDetail replaced,
            SignedInUser user,
            Locale locale) {
        DraftLayout edited = decided.facts() == null
                ? layout
                : new DraftLayout(withFacts(layout.draft(), facts(layout.draft().facts(), decided.facts())));
        UnitChoices units = units(owner, decided.units());
        Function<String, Long> create = creator(user, owner);
        String mark = messages.getMessage("documentReview.unit.proposedMark", null, locale);
        return DraftPlanCommand.of(
                edited,
                selection,
                defaults.withSplitNotes(
                        messages.getMessage("documentReview.split.note", null, locale),
                        messages.getMessage("documentReview.split.unsplitNote", null, locale)),
                key -> units.resolve(key, layout.entry(key).item(), create, mark),
                basisDocuments(basisRows(layout.draft().facts().basisDocuments(), decided.basis())),
                yearTyped(decided.edits()),
                coverage.of(owner, decided.coverage(), replaced));
    }

    /** The page's coverage choice (for a replaced draft: that its own coverage stays). */
    DraftReview.Coverage coverage(Long owner, ReviewState.CoverageEdit chosen, boolean replacing) {
        return coverage.page(owner, chosen, replacing);
    }

    UnitChoices units(Long ownerId, Map<String, String> choices) {
        return new UnitChoices(organizations.all(), ownerId, choices);
    }

    /** The units of every goal and indicator that names some, by item key. */
    static Map<String, List<DraftReview.UnitRow>> rows(DraftLayout layout, UnitChoices choices) {
        Map<String, List<DraftReview.UnitRow>> rows = new HashMap<>();
        for (DraftLayout.Entry entry : layout.entries()) {
            if (!UnitChoices.unitsOf(entry.item()).isEmpty()) {
                rows.put(entry.key(), choices.rows(entry.key(), entry.item()));
            }
        }
        return rows;
    }

    /**
     * What creates a proposed department under the owner institution: only for administrators, who create
     * organisations; {@code null} for anyone else.
     */
    Function<String, Long> creator(SignedInUser user, Long ownerId) {
        if (user.role() != Role.ADMIN || ownerId == null) {
            return null;
        }
        OrganizationView owner = organizations.find(ownerId).orElse(null);
        if (owner == null) {
            return null;
        }
        OrganizationView institution = owner.kind() == OrganizationKind.DEPARTMENT
                ? organizations.find(owner.parentId()).orElse(owner)
                : owner;
        return name -> organizations.addOrganization(new OrganizationCommand(
                name, OrganizationKind.DEPARTMENT, institution.regionCode(), institution.id(), null));
    }

    /**
     * The items whose year or target the planner typed (a valid year: a refused one never reaches confirmation): their
     * target goes in with its year as the planner's reading, the wording as typed.
     */
    private static java.util.Set<String> yearTyped(Map<String, ItemEdit> edits) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        edits.forEach((key, edit) -> {
            Integer year = edit.yearValue();
            if (year != null && year > 0 || edit.target() != null) {
                keys.add(key);
            }
        });
        return keys;
    }

    /** The plan's facts as the form shows them: as typed, or as read. */
    static ReviewState.FactsEdit factsShown(DraftFacts read, ReviewState.FactsEdit typed) {
        if (typed != null) {
            return typed;
        }
        return new ReviewState.FactsEdit(
                read.title(),
                read.issuer(),
                read.startYear() == null ? null : String.valueOf(read.startYear()),
                read.endYear() == null ? null : String.valueOf(read.endYear()));
    }

    /** The facts with the planner's (checked) edits: a blank field means the document says nothing. */
    static DraftFacts facts(DraftFacts read, ReviewState.FactsEdit typed) {
        return new DraftFacts(
                blankToNull(typed.title()),
                blankToNull(typed.issuer()),
                read.documentNumber(),
                year(typed.startYear()),
                year(typed.endYear()),
                read.titleSpan(),
                read.basisDocuments());
    }

    private static PlanDraft withFacts(PlanDraft draft, DraftFacts facts) {
        return new PlanDraft(
                draft.text(),
                facts,
                draft.goals(),
                draft.indicators(),
                draft.milestones(),
                draft.budgetLines(),
                draft.statedTotals());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Integer year(String typed) {
        Integer value = new ItemEdit(null, null, null, typed).yearValue();
        return value == null || value < 0 ? null : value;
    }

    /** The basis documents as read, each with the planner's edit over it. */
    static List<DraftReview.BasisRow> basisRows(List<DraftBasis> found, Map<Integer, ReviewState.BasisEdit> edits) {
        List<DraftReview.BasisRow> rows = new ArrayList<>();
        for (int n = 0; n < found.size(); n++) {
            DraftBasis basis = found.get(n);
            ReviewState.BasisEdit edit = edits.get(n);
            rows.add(
                    edit == null
                            ? new DraftReview.BasisRow(n, basis.title(), basis.number(), true)
                            : new DraftReview.BasisRow(n, edit.title(), edit.number(), !edit.dropped()));
        }
        return rows;
    }

    /** The kept basis documents for the plan; one whose title was emptied is dropped, long text is cut. */
    static List<BasisDocument> basisDocuments(List<DraftReview.BasisRow> rows) {
        List<BasisDocument> documents = new ArrayList<>();
        for (DraftReview.BasisRow row : rows) {
            if (row.kept() && row.title() != null && !row.title().isBlank()) {
                String number = row.number() == null || row.number().isBlank() ? null : cut(row.number(), MAX_NUMBER);
                documents.add(new BasisDocument(cut(row.title(), MAX_TITLE), number));
            }
        }
        return documents;
    }

    private static String cut(String text, int max) {
        String t = text.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
