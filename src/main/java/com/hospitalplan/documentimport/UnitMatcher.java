package com.hospitalplan.documentimport;

import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.OrganizationView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Matches a unit name as a plan writes it to the organisation directory, the plan's owner institution and its
 * departments first: the exact name (a department's own name or its full name); else the same body however it is
 * abbreviated or prefixed with its region ({@link UnitNames}), where several such bodies are narrowed to those of the
 * owner's region; one match is MATCHED, several AMBIGUOUS. A name found nowhere that reads like a department (部, 科,
 * 处, 办, 室, 中心 without a region before it) of an institution is proposed as a new department of the owner
 * institution; anything else is UNMATCHED, for the planner.
 */
public final class UnitMatcher {

    private static final List<String> DEPARTMENT_ENDS = List.of("部", "科", "处", "办", "室", "中心", "组");

    private final List<OrganizationView> directory;
    private final OrganizationView institution;

    /**
     * @param directory every organisation
     * @param ownerId the plan's owner organisation (a department stands for its institution), or {@code null}
     */
    public UnitMatcher(List<OrganizationView> directory, Long ownerId) {
        this.directory = List.copyOf(directory);
        OrganizationView owner = find(ownerId);
        this.institution =
                owner != null && owner.kind() == OrganizationKind.DEPARTMENT ? find(owner.parentId()) : owner;
    }

    private OrganizationView find(Long id) {
        return id == null
                ? null
                : directory.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
    }

    /** The departments of the owner institution, to choose from on the review page. */
    public List<OrganizationView> ownDepartments() {
        return institution == null
                ? List.of()
                : directory.stream()
                        .filter(o -> Objects.equals(o.parentId(), institution.id()))
                        .toList();
    }

    public UnitMatch match(String written) {
        // a table cell or a PDF line may break a name ("科研 管理科")
        String name = written.replaceAll("[\\s\u3000]", "");
        List<OrganizationView> own = ownDepartments();
        List<OrganizationView> exactOwn = own.stream()
                .filter(o -> o.name().equals(name) || o.fullName().equals(name))
                .toList();
        if (exactOwn.size() == 1) {
            return UnitMatch.matched(exactOwn.get(0).id());
        }
        if (institution != null && institution.name().equals(name)) {
            return UnitMatch.matched(institution.id());
        }
        List<OrganizationView> exact = directory.stream()
                .filter(this::mayBeNamed)
                .filter(o -> o.name().equals(name) || o.fullName().equals(name))
                .toList();
        UnitMatch found = decide(exact);
        if (found != null) {
            return found;
        }
        String key = UnitNames.key(name);
        List<OrganizationView> same = directory.stream()
                .filter(this::mayBeNamed)
                .filter(o -> UnitNames.key(o.name()).equals(key))
                .toList();
        found = decide(same);
        if (found != null) {
            return found;
        }
        if (institution != null && !institution.regionWide() && readsLikeDepartment(name)) {
            return new UnitMatch(UnitMatch.Status.NEW_DEPARTMENT, null, List.of());
        }
        return new UnitMatch(UnitMatch.Status.UNMATCHED, null, List.of());
    }

    /** Any organisation but another institution's department: a plan names its own departments only. */
    private boolean mayBeNamed(OrganizationView o) {
        return o.kind() != OrganizationKind.DEPARTMENT
                || institution != null && Objects.equals(o.parentId(), institution.id());
    }

    /** One organisation: matched; several: those of the owner's region if one, else ambiguous; none: {@code null}. */
    private UnitMatch decide(List<OrganizationView> found) {
        if (found.isEmpty()) {
            return null;
        }
        if (found.size() == 1) {
            return UnitMatch.matched(found.get(0).id());
        }
        List<OrganizationView> near = new ArrayList<>();
        for (OrganizationView o : found) {
            if (institution != null && sameRegionLine(o.regionCode(), institution.regionCode())) {
                near.add(o);
            }
        }
        if (near.size() == 1) {
            return UnitMatch.matched(near.get(0).id());
        }
        List<OrganizationView> shown = near.isEmpty() ? found : near;
        return new UnitMatch(
                UnitMatch.Status.AMBIGUOUS,
                null,
                shown.stream().map(OrganizationView::id).toList());
    }

    /** Whether the organisation's region contains the owner institution's or lies in it. */
    public boolean nearOwner(OrganizationView o) {
        return institution != null && sameRegionLine(o.regionCode(), institution.regionCode());
    }

    /** Whether one region contains the other (codes such as 440000 ⊃ 440200 ⊃ 440203). */
    private static boolean sameRegionLine(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = a.replaceFirst("0+$", "");
        String y = b.replaceFirst("0+$", "");
        return x.startsWith(y) || y.startsWith(x);
    }

    /** A department's name: ends in 部, 科, 处, 办, 室, 中心 or 组 and has no region before it. */
    static boolean readsLikeDepartment(String name) {
        return name.length() >= 2
                && name.length() <= 20
                && DEPARTMENT_ENDS.stream().anyMatch(name::endsWith)
                && !UnitNames.hasRegion(name);
    }
}
