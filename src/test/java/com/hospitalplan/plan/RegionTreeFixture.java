package com.hospitalplan.plan;

import com.hospitalplan.organization.RegionTree;
import java.util.Map;

/** A small region tree for plain unit tests. */
final class RegionTreeFixture {

    private RegionTreeFixture() {}

    static RegionTree guangdong() {
        return RegionTree.of(
                Map.of("440800", "440000", "440823", "440800", "440200", "440000"),
                Map.of("440000", "广东省", "440800", "湛江市", "440823", "遂溪县", "440200", "韶关市"));
    }
}
