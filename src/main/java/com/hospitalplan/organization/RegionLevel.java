package com.hospitalplan.organization;

/** Tiers of China's administrative divisions that plans are written for. */
public enum RegionLevel {
    PROVINCE,
    CITY,
    COUNTY
}
