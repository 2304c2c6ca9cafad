package com.hospitalplan.support;

import com.hospitalplan.organization.OrganizationCommand;
import com.hospitalplan.organization.OrganizationConflictException;
import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.RegionLevel;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Object Mother of regions and organisations: fresh, uniquely named rows made through {@link OrganizationService},
 * so that no test depends on the ids or names of the demo data.
 */
@Component
public class TestOrganizations {

    /** A province with one city and one county below it (6-digit codes no real division uses). */
    public record Area(String provinceCode, String cityCode, String countyCode, String countyName) {}

    /**
     * A county with its health bureau, two hospitals and a department of the first hospital, and the city's bureau
     * above them.
     */
    public record Tree(
            Area area,
            long cityBureauId,
            long bureauId,
            long hospitalId,
            String hospitalName,
            long otherHospitalId,
            long departmentId) {}

    private static final AtomicInteger sequence = new AtomicInteger();

    private final OrganizationService organizations;

    TestOrganizations(OrganizationService organizations) {
        this.organizations = organizations;
    }

    /** A new region tree with a city bureau, a county bureau, two hospitals and a department. */
    public Tree tree() {
        Area area = area();
        long cityBureau = organization("测试市卫健委", OrganizationKind.HEALTH_BUREAU, area.cityCode(), null);
        long bureau = organization("测试县卫健局", OrganizationKind.HEALTH_BUREAU, area.countyCode(), null);
        String hospitalName = unique("测试人民医院");
        long hospital = organizations.addOrganization(new OrganizationCommand(
                hospitalName, OrganizationKind.GENERAL_HOSPITAL, area.countyCode(), null, "二级甲等"));
        long other = organization("测试中医院", OrganizationKind.TCM_HOSPITAL, area.countyCode(), null);
        long department = departmentOf(hospital, area.countyCode());
        return new Tree(area, cityBureau, bureau, hospital, hospitalName, other, department);
    }

    /** A new province > city > county chain. */
    public Area area() {
        String province = region("测试省", RegionLevel.PROVINCE, null);
        String city = region("测试市", RegionLevel.CITY, province);
        String countyName = unique("测试县");
        String county = regionNamedExactly(countyName, RegionLevel.COUNTY, city);
        return new Area(province, city, county, countyName);
    }

    /** A new general hospital in the region {@code regionCode}. */
    public long hospitalIn(String regionCode) {
        return organization("测试医院", OrganizationKind.GENERAL_HOSPITAL, regionCode, null);
    }

    /** A new county health bureau in the region of the organisation {@code organizationId} (so over it). */
    public long bureauOver(long organizationId) {
        String regionCode = organizations.find(organizationId).orElseThrow().regionCode();
        return organization("测试卫健局", OrganizationKind.HEALTH_BUREAU, regionCode, null);
    }

    /** A new department of the hospital {@code hospitalId}, which lies in {@code regionCode}. */
    public long departmentOf(long hospitalId, String regionCode) {
        return organization("测试科室", OrganizationKind.DEPARTMENT, regionCode, hospitalId);
    }

    private long organization(String name, OrganizationKind kind, String regionCode, Long parentId) {
        return organizations.addOrganization(new OrganizationCommand(unique(name), kind, regionCode, parentId, null));
    }

    /** A 6-digit region code that no region of this run has (real division codes never start with 9). */
    public static String newRegionCode() {
        return String.format("9%05d", sequence.incrementAndGet() % 100_000);
    }

    /** Adds a region, named {@code name} made unique, under a code no other region has; returns the code. */
    public String region(String name, RegionLevel level, String parentCode) {
        return regionNamedExactly(unique(name), level, parentCode);
    }

    private String regionNamedExactly(String name, RegionLevel level, String parentCode) {
        while (true) {
            String code = newRegionCode();
            try {
                organizations.addRegion(code, name, level, parentCode);
                return code;
            } catch (OrganizationConflictException e) {
                if (!e.messageKey().equals("admin.regions.codeTaken")) {
                    throw e;
                }
            }
        }
    }

    private static String unique(String name) {
        return name + "-" + sequence.incrementAndGet();
    }
}
