package com.hospitalplan.plan;

import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.OrganizationView;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * How many institutions report an indicator, for reading "all of them" wording: a department counts as its
 * hospital, and bureaus and government bodies, which report for a region, count as none. More than one makes the
 * indicator's subject a set ("全部达到" is then a share of the set); one or none makes it one reporter's own target.
 * The same rule is written in SQL in the migration {@code V9_1__store_target_readings}.
 */
final class ReportingInstitutions {

    private ReportingInstitutions() {}

    static int count(Collection<OrganizationView> reporters) {
        Set<Long> institutions = new HashSet<>();
        for (OrganizationView o : reporters) {
            if (o.kind() == OrganizationKind.DEPARTMENT) {
                institutions.add(Objects.requireNonNullElse(o.parentId(), o.id()));
            } else if (!o.regionWide()) {
                institutions.add(o.id());
            }
        }
        return Math.max(institutions.size(), 1);
    }
}
