package com.hospitalplan.targets;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The national level scales as migration V10 seeds them, for tests without a database. {@code LevelScalesTest} checks
 * that the database holds the same.
 */
public final class NationalScales {

    public static final LevelScale EMR = numeric("EMR", "电子病历应用水平", 8);
    public static final LevelScale SMART_SERVICE = numeric("SMART_SERVICE", "智慧服务分级", 5);
    public static final LevelScale INTEROPERABILITY =
            new LevelScale("INTEROPERABILITY", "互联互通标准化成熟度", List.of("一级", "二级", "三级", "四级乙等", "四级甲等", "五级乙等", "五级甲等"));
    public static final LevelScale HOSPITAL_GRADE = new LevelScale(
            "HOSPITAL_GRADE", "医院等级", List.of("一级丙等", "一级乙等", "一级甲等", "二级丙等", "二级乙等", "二级甲等", "三级丙等", "三级乙等", "三级甲等"));
    public static final LevelScale PERFORMANCE_GRADE =
            new LevelScale("PERFORMANCE_GRADE", "绩效考核等级", List.of("D", "C", "B", "B+", "B++", "A", "A+", "A++"));
    public static final LevelScale SMART_MANAGEMENT = numeric("SMART_MANAGEMENT", "智慧管理分级", 5);
    public static final LevelScale SERVICE_CAPABILITY_STANDARD =
            new LevelScale("SERVICE_CAPABILITY_STANDARD", "县医院医疗服务能力标准", List.of("基本标准", "推荐标准"));
    public static final LevelScale SECURITY_PROTECTION =
            new LevelScale("SECURITY_PROTECTION", "信息安全等级保护", List.of("一级", "二级", "三级", "四级", "五级"));

    public static final LevelScaleCatalog CATALOG = LevelScaleCatalog.of(List.of(
            EMR,
            SMART_SERVICE,
            INTEROPERABILITY,
            HOSPITAL_GRADE,
            PERFORMANCE_GRADE,
            SMART_MANAGEMENT,
            SERVICE_CAPABILITY_STANDARD,
            SECURITY_PROTECTION));

    private NationalScales() {}

    private static LevelScale numeric(String key, String name, int highest) {
        return new LevelScale(
                key,
                name,
                IntStream.rangeClosed(0, highest).mapToObj(i -> i + "级").toList());
    }
}
