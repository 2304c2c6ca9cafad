package com.hospitalplan.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.PostgresJpaTest;
import com.hospitalplan.support.TestOrganizations;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Regions and organisations as stored in PostgreSQL. */
@PostgresJpaTest
class OrganizationRepositoryTest {

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    RegionRepository regions;

    @Autowired
    EntityManager entityManager;

    @Test
    void anOrganisationIsListedWithItsRegionLoaded() {
        String code = TestOrganizations.newRegionCode();
        Region county = regions.save(new Region(code, "测试县", RegionLevel.COUNTY, null));
        Long hospital = organizations
                .save(new Organization("测试人民医院", OrganizationKind.GENERAL_HOSPITAL, county, null, "二级甲等"))
                .id();
        Long department = organizations
                .save(new Organization("医务科", OrganizationKind.DEPARTMENT, county, hospital, null))
                .id();
        entityManager.flush();
        entityManager.clear();

        List<Organization> found = organizations.findAllWithRegion().stream()
                .filter(o -> o.id().equals(hospital) || o.id().equals(department))
                .toList();

        assertThat(found).hasSize(2);
        assertThat(found)
                .allSatisfy(o -> assertThat(entityManager
                                .getEntityManagerFactory()
                                .getPersistenceUnitUtil()
                                .isLoaded(o, "region"))
                        .isTrue());
        assertThat(found)
                .extracting(o -> o.region().name(), Organization::parentId, Organization::grade)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("测试县", null, "二级甲等"),
                        org.assertj.core.groups.Tuple.tuple("测试县", hospital, null));
    }

    @Test
    void aChangeCountsUpTheVersion() {
        Region county = regions.save(new Region(TestOrganizations.newRegionCode(), "测试县", RegionLevel.COUNTY, null));
        Organization hospital =
                organizations.save(new Organization("测试医院", OrganizationKind.GENERAL_HOSPITAL, county, null, null));
        entityManager.flush();
        long before = hospital.version();

        hospital.describe("改名医院", OrganizationKind.TCM_HOSPITAL, county, null, "一级");
        entityManager.flush();

        assertThat(hospital.version()).isEqualTo(before + 1);
    }

    @Test
    void aRegionKeepsItsParent() {
        String province = TestOrganizations.newRegionCode();
        String city = TestOrganizations.newRegionCode();
        regions.save(new Region(province, "测试省", RegionLevel.PROVINCE, null));
        regions.save(new Region(city, "测试市", RegionLevel.CITY, province));
        entityManager.flush();
        entityManager.clear();

        assertThat(regions.findById(city)).hasValueSatisfying(r -> {
            assertThat(r.parentCode()).isEqualTo(province);
            assertThat(r.level()).isEqualTo(RegionLevel.CITY);
        });
    }
}
