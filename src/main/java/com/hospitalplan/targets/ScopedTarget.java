package com.hospitalplan.targets;

/**
 * A target that applies to one tier, county or institution instead of the general one: "（遂溪县达到80%左右）",
 * "二级医院达到3级以上".
 *
 * @param scope the tier, region or institution as the document names it
 */
public record ScopedTarget(String scope, Target target) {}
