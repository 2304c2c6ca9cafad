package com.hospitalplan.targets;

/** What a target compares: which number, taken how, from the reported values. */
public enum Measure {
    /** The latest reported value ("≥35%", "2~3个", "45%左右"). */
    LATEST_VALUE,
    /** The latest value minus the baseline or the value of a named base year ("新增1个", "较2020年提高5个百分点"). */
    INCREASE,
    /** Each year's value on its own ("每年6人以上", "每年申报3-6项"). */
    YEARLY_VALUE,
    /** Each year's growth over the year before, in percent ("逐年增长15%以上", "每年减少20%"). */
    YEARLY_GROWTH,
    /** The sum of the reported yearly values over the plan period or a stated span ("累计120项", "5年引进博士10名"). */
    CUMULATIVE,
    /** A level on an ordinal scale ("七级", "四级甲等", "B++甚至A级", "三级甲等"). */
    LEVEL,
    /** Done or not ("通过国家认证", "零突破", "全部化解"). */
    ACHIEVEMENT,
    /** The value compared with a benchmark series such as a national average ("高于国家平均水平"). */
    BENCHMARK,
    /** A rank among peers, 1 being best ("全省县级医院前十强"). */
    RANK,
    /** The share of a declared set of institutions that meets a condition ("90%的县级医院达到基本标准", "全部达到"). */
    INSTITUTION_SHARE,
    /** How many institutions of a set meet a condition ("至少1家医院达到三级甲等"). */
    INSTITUTION_COUNT
}
