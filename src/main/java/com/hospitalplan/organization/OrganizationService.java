package com.hospitalplan.organization;

import com.hospitalplan.cluster.ClusterChange;
import com.hospitalplan.cluster.ClusterChanges;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Regions and organisations for every feature; creating and changing them is for administrators (see the admin pages).
 * Reads come from the in-memory directory and open no transaction of their own (access checks ask several times per
 * request, and each transaction costs a pooled connection and an entity manager); loading the directory does.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class OrganizationService {

    /** The topic of a change of any region or organisation in the change feed. */
    static final String TOPIC = "organization";

    private final OrganizationRepository organizations;
    private final RegionRepository regions;
    private final OrganizationDirectory directory = new OrganizationDirectory();
    private final ClusterChanges cluster;
    private final TransactionTemplate reading;

    OrganizationService(
            OrganizationRepository organizations,
            RegionRepository regions,
            ClusterChanges cluster,
            PlatformTransactionManager transactions) {
        this.organizations = organizations;
        this.regions = regions;
        this.cluster = cluster;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    public RegionTree regionTree() {
        return directory().tree();
    }

    /** Every region, by code. */
    public List<RegionView> regions() {
        return directory().regions();
    }

    /** Every organisation, for choosing responsible units and coverage, ordered by region and name. */
    public List<OrganizationView> all() {
        return directory().organizations().values().stream()
                .sorted(java.util.Comparator.comparing(OrganizationView::regionCode)
                        .thenComparing(OrganizationView::fullName))
                .toList();
    }

    public Optional<OrganizationView> find(Long id) {
        return directory().find(id);
    }

    /** Views of the given organisations, by id; ids that do not exist are absent from the map. */
    public Map<Long, OrganizationView> findAll(Collection<Long> ids) {
        return directory().findAll(ids);
    }

    /**
     * A number that changes whenever an organisation or region changes: what is derived from them (who may read a
     * plan) can be kept under it.
     */
    public long directoryGeneration() {
        return directory.generation();
    }

    private OrganizationDirectory.Snapshot directory() {
        return directory.get(() -> reading.execute(status -> load()));
    }

    private OrganizationDirectory.Snapshot load() {
        List<Region> allRegions = regions.findAll();
        Map<String, String> parents = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Region region : allRegions) {
            if (region.parentCode() != null) {
                parents.put(region.code(), region.parentCode());
            }
            names.put(region.code(), region.name());
        }
        List<RegionView> regionViews = allRegions.stream()
                .sorted(java.util.Comparator.comparing(Region::code))
                .map(r -> new RegionView(r.code(), r.name(), r.level(), r.parentCode()))
                .toList();
        List<Organization> found = organizations.findAllWithRegion();
        Map<Long, String> namesById = found.stream().collect(Collectors.toMap(Organization::id, Organization::name));
        Map<Long, OrganizationView> views = new HashMap<>();
        for (Organization organization : found) {
            views.put(
                    organization.id(),
                    new OrganizationView(
                            organization.id(),
                            organization.name(),
                            organization.kind(),
                            organization.region().code(),
                            organization.region().name(),
                            organization.parentId(),
                            namesById.get(organization.parentId()),
                            organization.grade(),
                            organization.version()));
        }
        return new OrganizationDirectory.Snapshot(Map.copyOf(views), regionViews, new RegionTree(parents, names));
    }

    /**
     * Drops the in-memory directory once the current transaction has ended, here and (when it commits) on the other
     * application instances.
     */
    private void directoryChanged() {
        cluster.announce(TOPIC, null);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                directory.changed();
            }
        });
    }

    /** Another instance changed a region or an organisation, or changes were missed: the directory goes. */
    @EventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // in memory only
    void on(ClusterChange change) {
        if (change.concerns(TOPIC)) {
            directory.changed();
        }
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
        directoryChanged();
    }

    /**
     * Renames a region, moves it under another parent or corrects its code ({@code newCode}; organisations, regions
     * below it and plan coverage follow). The new code must be free and the parent must exist and lie neither at the
     * region itself nor below it.
     */
    @Transactional
    public void updateRegion(String code, String newCode, String name, RegionLevel level, String parentCode) {
        Region region = regions.findById(code).orElseThrow(() -> new RegionNotFoundException(code));
        if (!code.equals(newCode) && regions.existsById(newCode)) {
            throw new OrganizationConflictException("admin.regions.codeTaken");
        }
        for (String ancestor = parentCode; ancestor != null; ) {
            if (ancestor.equals(code)) {
                throw new OrganizationConflictException("admin.regions.cycle");
            }
            ancestor = regions.findById(ancestor)
                    .orElseThrow(() -> new OrganizationConflictException("admin.regions.noParent"))
                    .parentCode();
        }
        region.describe(name, level, parentCode);
        if (!code.equals(newCode)) {
            regions.changeCode(code, newCode);
        }
        directoryChanged();
    }

    @Transactional
    public Long addOrganization(OrganizationCommand command) {
        Organization organization = new Organization(
                command.name(),
                command.kind(),
                region(command.regionCode()),
                parent(command.parentId()),
                command.grade());
        Long id = organizations.save(organization).id();
        directoryChanged();
        return id;
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
        directoryChanged();
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
