package com.hospitalplan.organization;

/** What an administrator enters for an organisation. */
public record OrganizationCommand(String name, OrganizationKind kind, String regionCode, Long parentId, String grade) {}
