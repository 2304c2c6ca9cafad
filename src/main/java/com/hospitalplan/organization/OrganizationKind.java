package com.hospitalplan.organization;

/** What an organisation is; departments ({@link #DEPARTMENT}) always sit inside another organisation. */
public enum OrganizationKind {
    HEALTH_BUREAU,
    GOVERNMENT_BODY,
    GENERAL_HOSPITAL,
    TCM_HOSPITAL,
    MATERNAL_CHILD_HOSPITAL,
    SPECIALTY_HOSPITAL,
    PRIVATE_HOSPITAL,
    TOWNSHIP_HEALTH_CENTER,
    COMMUNITY_HEALTH_CENTER,
    DEPARTMENT
}
