package com.hospitalplan.plan.web;

/** A form of a plan item, carrying the version it was read at (a stale save is a conflict). */
public abstract class ItemForm {

    private long version;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
