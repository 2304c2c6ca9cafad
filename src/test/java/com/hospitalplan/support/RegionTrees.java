package com.hospitalplan.support;

import com.hospitalplan.organization.RegionTree;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Object Mother for plain unit tests that never touch the database: a small region tree and organisation ids that
 * belong to no stored row.
 */
public final class RegionTrees {

    /** 广东 440000 > 湛江 440800 > 遂溪 440823; 广东 > 韶关 440200. */
    public static final String GUANGDONG = "440000";

    public static final String ZHANJIANG = "440800";
    public static final String SUIXI = "440823";
    public static final String SHAOGUAN = "440200";

    private static final AtomicLong ids = new AtomicLong(1_000_000);

    private RegionTrees() {}

    public static RegionTree guangdong() {
        return RegionTree.of(
                Map.of(ZHANJIANG, GUANGDONG, SUIXI, ZHANJIANG, SHAOGUAN, GUANGDONG),
                Map.of(GUANGDONG, "广东省", ZHANJIANG, "湛江市", SUIXI, "遂溪县", SHAOGUAN, "韶关市"));
    }

    /** A new organisation id, different from every other this run hands out and from every demo id. */
    public static long organizationId() {
        return ids.incrementAndGet();
    }
}
