package com.hospitalplan.organization;

import com.hospitalplan.shared.Paged;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds organisations and regions by what an administrator types: the organisation list's search and filters, the
 * typeahead's choices, and the choice a form's text field names. A choice is typed as its label (what the typeahead
 * offers: "粤北人民医院 #12", "湛江市（440800）"), as the bare id or code, or as the exact name when only one has it.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationFinder {

    /** How many choices a typeahead offers at most. */
    public static final int OPTIONS = 20;

    private static final Pattern ORGANIZATION_ID = Pattern.compile("^(?:.*#\\s*)?(\\d{1,18})\\s*$", Pattern.DOTALL);
    private static final Pattern REGION_CODE =
            Pattern.compile("^(?:.*[（(]\\s*)?(\\d{6})\\s*[)）]?\\s*$", Pattern.DOTALL);

    private final OrganizationService organizations;
    private final OrganizationSearch search;

    OrganizationFinder(OrganizationService organizations, JdbcClient jdbc) {
        this.organizations = organizations;
        this.search = new OrganizationSearch(jdbc);
    }

    /** One page (from 1; past the end, the last) of the organisations that match, by region code and name. */
    public Paged<OrganizationView> search(OrganizationQuery query, int page, int size) {
        List<String> regionCodes = query.regionCode() == null ? List.of() : regionsWithin(query.regionCode());
        int total = search.count(query, regionCodes);
        int pages = Math.max(1, (total + size - 1) / size);
        int number = Math.max(1, Math.min(page, pages));
        List<OrganizationView> rows = search.page(query, regionCodes, (number - 1) * size, size).stream()
                .map(organizations::find)
                .flatMap(Optional::stream)
                .toList();
        return new Paged<>(rows, number, size, total);
    }

    /**
     * The organisations a typeahead offers for {@code text} (nothing typed: none).
     *
     * @param institutionsOnly only organisations that may be a parent (no departments)
     * @param except an organisation that may not be chosen (the one being edited), or {@code null}
     */
    public List<OrganizationView> organizationOptions(String text, boolean institutionsOnly, Long except) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Optional<OrganizationView> byId = (text.contains("#")
                        ? typedOrganization(text)
                        : Optional.<OrganizationView>empty())
                .filter(o -> !(institutionsOnly && o.kind() == OrganizationKind.DEPARTMENT))
                .filter(o -> !o.id().equals(except));
        if (byId.isPresent()) {
            return List.of(byId.get());
        }
        return search.options(text.strip(), institutionsOnly, except, OPTIONS).stream()
                .map(organizations::find)
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * The regions a typeahead offers for {@code text}: a part of the name or the start of the code.
     *
     * @param except a region that may not be chosen, nor any below it (a region's own parent), or {@code null}
     */
    public List<RegionView> regionOptions(String text, String except) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        RegionTree tree = organizations.regionTree();
        Optional<RegionView> exact = typedRegion(text);
        List<RegionView> found = exact.isPresent() ? List.of(exact.get()) : regions(text);
        return found.stream()
                .filter(r -> except == null || !tree.isWithin(r.code(), except))
                .limit(OPTIONS)
                .toList();
    }

    /** Every region whose name contains {@code text} or whose code starts with it (nothing typed: every region). */
    public List<RegionView> regions(String text) {
        if (text == null || text.isBlank()) {
            return organizations.regions();
        }
        String typed = text.strip();
        String lower = typed.toLowerCase(Locale.ROOT);
        return organizations.regions().stream()
                .filter(r -> r.name().toLowerCase(Locale.ROOT).contains(lower)
                        || r.code().startsWith(typed))
                .toList();
    }

    /**
     * The ids of the organisations a filter typed as {@code text} means: the one its label or id names, otherwise every
     * one whose name (or whose hospital's name) contains it.
     */
    public List<Long> organizationIdsFor(String text) {
        if (text.contains("#")) {
            Optional<OrganizationView> named = typedOrganization(text);
            if (named.isPresent()) {
                return List.of(named.get().id());
            }
        }
        return search.containing(text.strip());
    }

    /** The organisation the typed text names: its label, id or (when unique) exact name; empty when none or several. */
    public Optional<OrganizationView> typedOrganization(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Matcher id = ORGANIZATION_ID.matcher(typed.strip());
        if (id.matches()) {
            return organizations.find(Long.valueOf(id.group(1)));
        }
        String name = typed.strip();
        List<OrganizationView> named = organizations.all().stream()
                .filter(o -> o.fullName().equals(name) || o.name().equals(name))
                .limit(2)
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The region the typed text names: its label, code or (when unique) exact name; empty when none or several. */
    public Optional<RegionView> typedRegion(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Matcher code = REGION_CODE.matcher(typed.strip());
        if (code.matches()) {
            return organizations.regions().stream()
                    .filter(r -> r.code().equals(code.group(1)))
                    .findFirst();
        }
        String name = typed.strip();
        List<RegionView> named = organizations.regions().stream()
                .filter(r -> r.name().equals(name))
                .limit(2)
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private List<String> regionsWithin(String regionCode) {
        RegionTree tree = organizations.regionTree();
        return organizations.regions().stream()
                .map(RegionView::code)
                .filter(code -> tree.isWithin(code, regionCode))
                .toList();
    }
}
