package com.hospitalplan.planworkbook;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisations and regions a workbook may name. An organisation is named by its full name ("粤北人民医院
 * 科研管理科" for a department); its own name alone is accepted where no other organisation has it. A region is
 * named by its six-digit code, optionally followed by its name ("440823 遂溪县").
 */
public final class Directory {

    /** An organisation as the directory knows it. */
    public record Organization(Long id, String name, String fullName) {}

    private final Map<String, Long> organizations = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    private final Map<Long, String> fullNames = new HashMap<>();
    private final Map<String, String> regions;

    private Directory(Collection<Organization> all, Map<String, String> regionNames) {
        Map<String, Integer> fullCounts = new HashMap<>();
        all.forEach(o -> fullCounts.merge(o.fullName(), 1, Integer::sum));
        Map<String, Integer> shortCounts = new HashMap<>();
        all.forEach(o -> shortCounts.merge(o.name(), 1, Integer::sum));
        for (Organization o : all) {
            fullNames.put(o.id(), o.fullName());
            if (fullCounts.get(o.fullName()) > 1) {
                ambiguous.add(o.fullName());
            } else {
                organizations.put(o.fullName(), o.id());
            }
        }
        for (Organization o : all) {
            if (!organizations.containsKey(o.name()) && !ambiguous.contains(o.name())) {
                if (shortCounts.get(o.name()) == 1) {
                    organizations.put(o.name(), o.id());
                } else {
                    ambiguous.add(o.name());
                }
            }
        }
        this.regions = new LinkedHashMap<>(regionNames);
    }

    /**
     * @param regionNames region names by code
     */
    public static Directory of(Collection<Organization> organizations, Map<String, String> regionNames) {
        return new Directory(organizations, regionNames);
    }

    /** The organisation named {@code name}, or {@code null} when there is none or more than one. */
    public Long organization(String name) {
        return organizations.get(name);
    }

    /** Whether several organisations answer to {@code name}. */
    public boolean ambiguous(String name) {
        return ambiguous.contains(name);
    }

    public String fullName(Long organizationId) {
        return fullNames.get(organizationId);
    }

    /** Every organisation's full name, sorted, for the drop-down list. */
    public List<String> organizationNames() {
        return fullNames.values().stream().distinct().sorted().toList();
    }

    /** The region code a cell names ("440823" or "440823 遂溪县"), or {@code null} when no such region exists. */
    public String region(String text) {
        String code = text.strip();
        int space = code.indexOf(' ');
        if (space > 0) {
            code = code.substring(0, space);
        }
        return regions.containsKey(code) ? code : null;
    }

    /** "440823 遂溪县". */
    public String regionLabel(String code) {
        String name = regions.get(code);
        return name == null ? code : code + " " + name;
    }

    /** Every region as "code name", by code, for the drop-down list. */
    public List<String> regionLabels() {
        return regions.keySet().stream().sorted().map(this::regionLabel).toList();
    }
}
