package com.hospitalplan.organization;

/**
 * What other features may know of an organisation.
 *
 * @param parentName the hospital a department belongs to, or {@code null}
 * @param grade the hospital grade (三级甲等…), or {@code null}
 */
public record OrganizationView(
        Long id,
        String name,
        OrganizationKind kind,
        String regionCode,
        String regionName,
        Long parentId,
        String parentName,
        String grade,
        long version) {

    /** Bureaus and other government bodies act for their whole region, not for one institution. */
    public boolean regionWide() {
        return kind == OrganizationKind.HEALTH_BUREAU || kind == OrganizationKind.GOVERNMENT_BODY;
    }

    /** The name to show people: a department is shown with its hospital ("粤北人民医院 科研管理科"). */
    public String fullName() {
        return parentName == null ? name : parentName + " " + name;
    }

    /** How a typeahead offers it and a form shows the choice: the full name and the id ("粤北人民医院 #12"). */
    public String choiceLabel() {
        return fullName() + " #" + id;
    }
}
