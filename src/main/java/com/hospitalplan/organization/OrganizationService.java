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

@Service
@Transactional(readOnly = true)
public class OrganizationService {

    private final OrganizationRepository organizations;

    OrganizationService(OrganizationRepository organizations) {
        this.organizations = organizations;
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
                    parentNames.get(organization.parentId())));
        }
        return views.stream().collect(Collectors.toMap(OrganizationView::id, Function.identity()));
    }
}
