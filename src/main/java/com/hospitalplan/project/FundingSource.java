package com.hospitalplan.project;

/** 中央预算内, 省级, 地方财政, 专项债, 单位自筹, 社会资本. */
public enum FundingSource {
    CENTRAL_BUDGET,
    PROVINCIAL,
    LOCAL_FISCAL,
    SPECIAL_BONDS,
    SELF_RAISED,
    SOCIAL_CAPITAL
}
