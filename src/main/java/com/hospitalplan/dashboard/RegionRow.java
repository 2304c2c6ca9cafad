package com.hospitalplan.dashboard;

import com.hospitalplan.organization.RegionView;
import java.util.List;

/**
 * A row of a region page: a sub-region or an institution, and the institutions it stands for.
 *
 * @param region the sub-region, {@code null} for an institution
 */
record RegionRow(String label, String link, List<Long> members, RegionView region) {}
