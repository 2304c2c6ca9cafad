package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.support.RegionTrees;
import com.hospitalplan.user.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanAccessTest {

    // 广东 440000 > 湛江 440800 > 遂溪 440823; 广东 > 韶关 440200
    private final RegionTree regions = RegionTrees.guangdong();

    private static final long ZHANJIANG_BUREAU = RegionTrees.organizationId();
    private static final long SUIXI_HOSPITAL = RegionTrees.organizationId();
    private static final long SUIXI_HOSPITAL_DEPARTMENT = RegionTrees.organizationId();
    private static final long SHAOGUAN_HOSPITAL = RegionTrees.organizationId();

    /** 湛江's plan, owned by its bureau, covering the county 遂溪. */
    private final PlanAccess.Scope countyPlan =
            new PlanAccess.Scope(ZHANJIANG_BUREAU, "440800", Set.of(), Set.of(), Set.of("440823"));

    /** A hospital's own plan, covering only itself. */
    private final PlanAccess.Scope hospitalPlan =
            new PlanAccess.Scope(SHAOGUAN_HOSPITAL, "440200", Set.of(SHAOGUAN_HOSPITAL), Set.of("440200"), Set.of());

    @Test
    void administratorsReadAndChangeEveryPlan() {
        PlanAccess.Actor admin = new PlanAccess.Actor(Role.ADMIN, RegionTrees.organizationId(), null, "150200", true);
        assertThat(PlanAccess.canRead(admin, hospitalPlan, regions)).isTrue();
        assertThat(PlanAccess.canEdit(admin, hospitalPlan)).isTrue();
    }

    @Test
    void onlyTheOwnersPlannersChangeAPlan() {
        PlanAccess.Actor owner = new PlanAccess.Actor(Role.PLANNER, SHAOGUAN_HOSPITAL, null, "440200", false);
        PlanAccess.Actor otherPlanner = new PlanAccess.Actor(Role.PLANNER, SUIXI_HOSPITAL, null, "440823", false);
        PlanAccess.Actor ownersReporter = new PlanAccess.Actor(Role.REPORTER, SHAOGUAN_HOSPITAL, null, "440200", false);
        assertThat(PlanAccess.canEdit(owner, hospitalPlan)).isTrue();
        assertThat(PlanAccess.canEdit(otherPlanner, hospitalPlan)).isFalse();
        assertThat(PlanAccess.canEdit(ownersReporter, hospitalPlan)).isFalse();
    }

    @Test
    void aHospitalsDepartmentsReadTheHospitalsPlanOtherHospitalsDoNot() {
        PlanAccess.Actor department =
                new PlanAccess.Actor(Role.REPORTER, RegionTrees.organizationId(), SHAOGUAN_HOSPITAL, "440200", false);
        PlanAccess.Actor otherHospital = new PlanAccess.Actor(Role.REPORTER, SUIXI_HOSPITAL, null, "440823", false);
        assertThat(PlanAccess.canRead(department, hospitalPlan, regions)).isTrue();
        assertThat(PlanAccess.canRead(otherHospital, hospitalPlan, regions)).isFalse();
    }

    @Test
    void institutionsInACoveredRegionReadTheRegionsPlan() {
        PlanAccess.Actor hospital = new PlanAccess.Actor(Role.REPORTER, SUIXI_HOSPITAL, null, "440823", false);
        PlanAccess.Actor department =
                new PlanAccess.Actor(Role.REPORTER, SUIXI_HOSPITAL_DEPARTMENT, SUIXI_HOSPITAL, "440823", false);
        PlanAccess.Actor elsewhere = new PlanAccess.Actor(Role.REPORTER, SHAOGUAN_HOSPITAL, null, "440200", false);
        assertThat(PlanAccess.canRead(hospital, countyPlan, regions)).isTrue();
        assertThat(PlanAccess.canRead(department, countyPlan, regions)).isTrue();
        assertThat(PlanAccess.canRead(elsewhere, countyPlan, regions)).isFalse();
    }

    @Test
    void bureausReadThePlansOfTheirRegionAndBelowButNotOfOtherRegions() {
        PlanAccess.Actor province =
                new PlanAccess.Actor(Role.VIEWER, RegionTrees.organizationId(), null, "440000", true);
        PlanAccess.Actor shaoguanBureau =
                new PlanAccess.Actor(Role.REVIEWER, RegionTrees.organizationId(), null, "440200", true);
        PlanAccess.Actor suixiBureau =
                new PlanAccess.Actor(Role.REVIEWER, RegionTrees.organizationId(), null, "440823", true);
        assertThat(PlanAccess.canRead(province, countyPlan, regions)).isTrue();
        assertThat(PlanAccess.canRead(province, hospitalPlan, regions)).isTrue();
        assertThat(PlanAccess.canRead(shaoguanBureau, hospitalPlan, regions)).isTrue();
        assertThat(PlanAccess.canRead(shaoguanBureau, countyPlan, regions)).isFalse();
        assertThat(PlanAccess.canRead(suixiBureau, countyPlan, regions)).isTrue();
        assertThat(PlanAccess.canRead(suixiBureau, hospitalPlan, regions)).isFalse();
    }
}
