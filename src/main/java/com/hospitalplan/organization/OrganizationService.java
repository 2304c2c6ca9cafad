package com.hospitalplan.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regions and organisations for every feature; creating and changing them is for administrators (see the admin pages). */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final RegionRepository regions;

    OrganizationService(OrganizationRepository organizations, RegionRepository regions) {
        this.organizations = organizations;
        this.regions = regions;
    }

    public RegionTree regionTree() {
        Map<String, String> parents = new java.util.HashMap<>();
        Map<String, String> names = new java.util.HashMap<>();
        for (Region region : regions.findAll()) {
            if (region.parentCode() != null) {
                parents.put(region.code(), region.parentCode());
            }
            names.put(region.code(), region.name());
        }
        return new RegionTree(parents, names);
    }

    /** Every region, by code. */
    public List<RegionView> regions() {
        return regions.findAll().stream()
                .sorted(java.util.Comparator.comparing(Region::code))
                .map(r -> new RegionView(r.code(), r.name(), r.level(), r.parentCode()))
                .toList();
    }

    /** Every organisation, for choosing responsible units and coverage, ordered by region and name. */
    public List<OrganizationView> all() {
        List<Organization> all = organizations.findAll();
        return findAll(all.stream().map(Organization::id).toList()).values().stream()
                .sorted(java.util.Comparator.comparing(OrganizationView::regionCode)
                        .thenComparing(OrganizationView::fullName))
                .toList();
    }

    public Optional<OrganizationView> find(Long id) {
        return Optional.ofNullable(findAll(List.of(id)).get(id));
    }

    /** Views of the given organisations, by id; ids that do not exist are absent from the map. */
    public Map<Long, OrganizationView> findAll(Collection<Long> ids) {
        List<Organization> found = organizations.findWithRegionByIdIn(new HashSet<>(ids));
        Set<Long> parentIds = found.stream()
                .map(Organization::parentId)
                .filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<Long, String> parentNames = organizations.findAllById(parentIds).stream()
                .collect(Collectors.toMap(Organization::id, Organization::name));
        List<OrganizationView> views = new ArrayList<>();
        for (Organization organization : found) {
            views.add(new OrganizationView(
                    organization.id(),
                    organization.name(),
                    organization.kind(),
                    organization.region().code(),
                    organization.region().name(),
                    organization.parentId(),
                    parentNames.get(organization.parentId()),
                    organization.grade(),
                    organization.version()));
        }
        return views.stream().collect(Collectors.toMap(OrganizationView::id, Function.identity()));
    }

    /** Adds a region; the code must be new and the parent, if any, must exist. */
    @Transactional
    public void addRegion(String code, String name, RegionLevel level, String parentCode) {
        if (regions.existsById(code)) {
            throw new OrganizationConflictException("admin.regions.codeTaken");
        }
        if (parentCode != null && !regions.existsById(parentCode)) {
            throw new OrganizationConflictException("admin.regions.noParent");
        }
        regions.save(new Region(code, name, level, parentCode));
    }

    @Transactional
    public Long addOrganization(OrganizationCommand command) {
        Organization organization = new Organization(
                command.name(),
                command.kind(),
                region(command.regionCode()),
                parent(command.parentId()),
                command.grade());
        return organizations.save(organization).id();
    }

    @Transactional
    public void updateOrganization(Long id, long version, OrganizationCommand command) {
        Organization organization = organizations.findById(id).orElseThrow(() -> new OrganizationNotFoundException(id));
        if (organization.version() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Organization.class, id);
        }
        if (id.equals(command.parentId())) {
            throw new OrganizationConflictException("admin.organizations.ownParent");
        }
        organization.describe(
                command.name(),
                command.kind(),
                region(command.regionCode()),
                parent(command.parentId()),
                command.grade());
    }

    private Region region(String code) {
        return regions.findById(code)
                .orElseThrow(() -> new OrganizationConflictException("admin.organizations.noRegion"));
    }

    private Long parent(Long parentId) {
        if (parentId == null) {
            return null;
        }
        Organization parent = organizations
                .findById(parentId)
                .orElseThrow(() -> new OrganizationConflictException("admin.organizations.noParent"));
        if (parent.kind() == OrganizationKind.DEPARTMENT) {
            throw new OrganizationConflictException("admin.organizations.parentIsDepartment");
        }
        return parentId;
    }
}
