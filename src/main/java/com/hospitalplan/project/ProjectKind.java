package com.hospitalplan.project;

/** 新建, 迁建, 改扩建, 装修改造, 设备购置. */
public enum ProjectKind {
    NEW_BUILD,
    RELOCATION,
    EXPANSION,
    RENOVATION,
    EQUIPMENT
}
