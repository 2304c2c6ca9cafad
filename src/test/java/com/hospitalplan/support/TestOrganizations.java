package com.hospitalplan.support;

import com.hospitalplan.organization.OrganizationCommand;
import com.hospitalplan.organization.OrganizationConflictException;
import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.RegionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

    /**
     * A province of the size the product is designed for: four cities of five counties each, and institutions spread
     * evenly over the counties and over {@link #PROVINCE_KINDS}, named {@code <tag>第0001号医院} and on.
     *
     * @param tag the part of every institution's name that no other row of this run has
     * @param countyCodes the twenty counties, five a city in the order of {@code cityCodes}
     * @param institutionIds in the order of their numbers (from 1): institution i lies in county (i - 1) % 20 and is of
     *     kind (i - 1) % 4
     */
    public record Province(
            String provinceCode,
            List<String> cityCodes,
            List<String> countyCodes,
            String tag,
            List<Long> institutionIds) {

        /** The name of institution {@code number} (from 1). */
        public String institutionName(int number) {
            return tag + String.format("第%04d号医院", number);
        }
    }

    /** The kinds of a {@link #province}'s institutions, in turn. */
    public static final List<OrganizationKind> PROVINCE_KINDS = List.of(
            OrganizationKind.GENERAL_HOSPITAL,
            OrganizationKind.TCM_HOSPITAL,
            OrganizationKind.TOWNSHIP_HEALTH_CENTER,
            OrganizationKind.COMMUNITY_HEALTH_CENTER);

    private static final AtomicInteger sequence = new AtomicInteger();

    private final OrganizationService organizations;
    private final TransactionTemplate transaction;

    TestOrganizations(OrganizationService organizations, PlatformTransactionManager transactions) {
        this.organizations = organizations;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A new province with {@code institutions} institutions (see {@link Province}), made in one transaction. */
    public Province province(int institutions) {
        String tag = unique("规模省") + "-";
        return transaction.execute(status -> {
            String province = region("规模省", RegionLevel.PROVINCE, null);
            List<String> cities = new ArrayList<>();
            List<String> counties = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                String city = region("规模市", RegionLevel.CITY, province);
                cities.add(city);
                for (int k = 0; k < 5; k++) {
                    counties.add(region("规模县", RegionLevel.COUNTY, city));
                }
            }
            Province made = new Province(province, cities, counties, tag, new ArrayList<>());
            for (int i = 1; i <= institutions; i++) {
                made.institutionIds()
                        .add(organizations.addOrganization(new OrganizationCommand(
                                made.institutionName(i),
                                PROVINCE_KINDS.get((i - 1) % PROVINCE_KINDS.size()),
                                counties.get((i - 1) % counties.size()),
                                null,
                                null)));
            }
            return new Province(
                    province, List.copyOf(cities), List.copyOf(counties), tag, List.copyOf(made.institutionIds()));
        });
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

    /** A new organisation named exactly {@code name} (a department's or a bureau's name as plans write it). */
    public long named(String name, OrganizationKind kind, String regionCode, Long parentId) {
        return organizations.addOrganization(new OrganizationCommand(name, kind, regionCode, parentId, null));
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
