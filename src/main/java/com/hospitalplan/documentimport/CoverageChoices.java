package com.hospitalplan.documentimport;

import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionLevel;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.organization.RegionView;
import com.hospitalplan.plan.PlanDetail;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The coverage of a plan from a document and the members of a set within it. A new plan covers what the planner
 * chooses on the review page among the owner's region, the regions in it and the institutions there; a replaced
 * draft keeps its own coverage. A target stated for every county is entered for each county-level region of the
 * coverage (a covered city or province stands for its counties, a covered county institution for its county), with
 * the county's health bureau reporting; one stated for every institution, or every institution of a tier, for each
 * covered institution of that tier (or, where the coverage names no institution, each of the directory's institutions
 * of that tier in the covered regions).
 */
@Component
class CoverageChoices {

    private final OrganizationService organizations;

    CoverageChoices(OrganizationService organizations) {
        this.organizations = organizations;
    }

    /** The page's coverage choice: what may be chosen and what is; for a replaced draft only the note that it stays. */
    DraftReview.Coverage page(Long ownerId, ReviewState.CoverageEdit chosen, boolean replacing) {
        if (replacing) {
            return new DraftReview.Coverage(true, List.of(), List.of(), Set.of(), Set.of());
        }
        Offered offered = offered(ownerId);
        List<DraftReview.Option> regions = offered.regions().stream()
                .map(r -> new DraftReview.Option(r.code(), r.label(), false))
                .toList();
        List<DraftReview.Option> institutions = offered.institutions().stream()
                .map(o -> new DraftReview.Option(String.valueOf(o.id()), o.fullName(), false))
                .toList();
        return new DraftReview.Coverage(
                false,
                regions,
                institutions,
                chosen == null ? Set.of() : Set.copyOf(chosen.regions()),
                chosen == null
                        ? Set.of()
                        : chosen.organizations().stream().map(String::valueOf).collect(Collectors.toSet()));
    }

    /** The coverage to save and split by: the replaced draft's own, or what was chosen among the offered. */
    DraftCoverage of(Long ownerId, ReviewState.CoverageEdit chosen, PlanDetail replaced) {
        List<Long> organizationIds;
        List<String> regionCodes;
        if (replaced != null) {
            organizationIds = replaced.coveredOrganizationIds();
            regionCodes = replaced.coveredRegionCodes();
        } else if (chosen == null) {
            return DraftCoverage.NONE;
        } else {
            Offered offered = offered(ownerId);
            Set<String> codes = offered.regions().stream().map(RegionView::code).collect(Collectors.toSet());
            Set<Long> ids =
                    offered.institutions().stream().map(OrganizationView::id).collect(Collectors.toSet());
            regionCodes =
                    chosen.regions().stream().filter(codes::contains).distinct().toList();
            organizationIds = chosen.organizations().stream()
                    .filter(ids::contains)
                    .distinct()
                    .toList();
        }
        return new DraftCoverage(organizationIds, regionCodes, set -> members(set, organizationIds, regionCodes));
    }

    /** The members of the set within the coverage, none when the coverage cannot split it. */
    List<DistributedTargets.Member> members(Distribution set, List<Long> organizationIds, List<String> regionCodes) {
        Map<String, RegionView> regions =
                organizations.regions().stream().collect(Collectors.toMap(RegionView::code, r -> r, (a, b) -> a));
        RegionTree tree = organizations.regionTree();
        List<OrganizationView> all = organizations.all();
        List<OrganizationView> covered =
                all.stream().filter(o -> organizationIds.contains(o.id())).toList();
        if (set.kind() == Distribution.Kind.COUNTY) {
            Set<String> counties = new LinkedHashSet<>();
            for (RegionView region : regions.values()) {
                if (region.level() == RegionLevel.COUNTY
                        && (regionCodes.stream().anyMatch(code -> tree.isWithin(region.code(), code))
                                || covered.stream().anyMatch(o -> region.code().equals(o.regionCode())))) {
                    counties.add(region.code());
                }
            }
            return counties.stream()
                    .sorted()
                    .map(code -> new DistributedTargets.Member(regions.get(code).name(), bodyOf(code, all)))
                    .toList();
        }
        Predicate<OrganizationView> tier = InstitutionTiers.of(set.noun(), code -> {
            RegionView region = regions.get(code);
            return region == null ? null : region.level();
        });
        if (tier == null) {
            return List.of();
        }
        List<OrganizationView> institutions =
                covered.stream().filter(InstitutionTiers::isInstitution).toList();
        if (institutions.isEmpty()) {
            institutions = all.stream()
                    .filter(InstitutionTiers::isInstitution)
                    .filter(o -> regionCodes.stream().anyMatch(code -> tree.isWithin(o.regionCode(), code)))
                    .toList();
        }
        return institutions.stream()
                .filter(tier)
                .map(o -> new DistributedTargets.Member(o.fullName(), o.id()))
                .toList();
    }

    /** The county's health bureau, else its government, which report for it; {@code null} when it has neither. */
    private static Long bodyOf(String code, List<OrganizationView> all) {
        for (OrganizationKind kind : List.of(OrganizationKind.HEALTH_BUREAU, OrganizationKind.GOVERNMENT_BODY)) {
            Long found = all.stream()
                    .filter(o -> o.kind() == kind && code.equals(o.regionCode()))
                    .map(OrganizationView::id)
                    .min(Comparator.naturalOrder())
                    .orElse(null);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The owner's region with the regions in it, and the institutions there. */
    private Offered offered(Long ownerId) {
        OrganizationView owner =
                ownerId == null ? null : organizations.find(ownerId).orElse(null);
        if (owner == null) {
            return new Offered(List.of(), List.of());
        }
        RegionTree tree = organizations.regionTree();
        List<RegionView> regions = organizations.regions().stream()
                .filter(r -> tree.isWithin(r.code(), owner.regionCode()))
                .sorted(Comparator.comparing(RegionView::code))
                .toList();
        Set<String> codes = new HashSet<>();
        regions.forEach(r -> codes.add(r.code()));
        List<OrganizationView> institutions = new ArrayList<>(organizations.all().stream()
                .filter(InstitutionTiers::isInstitution)
                .filter(o -> codes.contains(o.regionCode()))
                .toList());
        return new Offered(regions, institutions);
    }

    private record Offered(List<RegionView> regions, List<OrganizationView> institutions) {}
}
