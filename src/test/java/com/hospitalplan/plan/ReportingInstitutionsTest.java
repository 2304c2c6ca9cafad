package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.OrganizationView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingInstitutionsTest {

    private static OrganizationView org(long id, OrganizationKind kind, Long parentId) {
        return new OrganizationView(id, "单位" + id, kind, "330481", "海宁市", parentId, null, null, 0);
    }

    @Test
    void bureausAndGovernmentBodiesAreNoInstitutionsOfTheSet() {
        assertThat(ReportingInstitutions.count(List.of(
                        org(1, OrganizationKind.HEALTH_BUREAU, null), org(2, OrganizationKind.GOVERNMENT_BODY, null))))
                .isEqualTo(1);
    }

    @Test
    void departmentsOfOneHospitalAreOneInstitution() {
        assertThat(ReportingInstitutions.count(
                        List.of(org(11, OrganizationKind.DEPARTMENT, 10L), org(12, OrganizationKind.DEPARTMENT, 10L))))
                .isEqualTo(1);
    }

    @Test
    void hospitalsAndHealthCentresEachCount() {
        assertThat(ReportingInstitutions.count(List.of(
                        org(1, OrganizationKind.HEALTH_BUREAU, null),
                        org(2, OrganizationKind.GENERAL_HOSPITAL, null),
                        org(3, OrganizationKind.TOWNSHIP_HEALTH_CENTER, null),
                        org(4, OrganizationKind.DEPARTMENT, 2L))))
                .isEqualTo(2);
    }
}
