package com.hospitalplan.organization;

/** A region as other features see it. */
public record RegionView(String code, String name, RegionLevel level, String parentCode) {

    public String label() {
        return name + "（" + code + "）";
    }
}
