package com.hospitalplan.targets;

/**
 * Over what a target counts the reported values: the explicit aggregation every target states. It follows from the
 * {@link Measure}; it is named on its own so that pages, the API and the documentation can say it in one word.
 */
public enum TargetAggregation {
    /** The latest value counts ("达到35%", a level, an achievement, a rank, a benchmark). */
    LATEST,
    /** The change against the baseline or a named base year ("新增1个", "较2020年提高5个百分点"). */
    CHANGE,
    /** Each year on its own, or each year's growth ("每年6人以上", "逐年增长15%"). */
    PER_YEAR,
    /** The sum over the plan period or a stated span ("累计120项", "5年引进博士10名", "以三年为一周期"). */
    SUM,
    /** The share of a declared set of institutions meeting a condition ("90%的县级医院", 全部, 所有, 均, 全覆盖). */
    SHARE_OF_SET,
    /** The number of institutions of a set meeting a condition ("至少1家", "2家县级医院达到"). */
    COUNT_OF_SET;

    static TargetAggregation of(Measure measure) {
        return switch (measure) {
            case LATEST_VALUE, LEVEL, ACHIEVEMENT, BENCHMARK, RANK -> LATEST;
            case INCREASE -> CHANGE;
            case YEARLY_VALUE, YEARLY_GROWTH -> PER_YEAR;
            case CUMULATIVE -> SUM;
            case INSTITUTION_SHARE -> SHARE_OF_SET;
            case INSTITUTION_COUNT -> COUNT_OF_SET;
        };
    }
}
