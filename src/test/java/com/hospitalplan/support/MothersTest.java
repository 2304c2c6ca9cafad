package com.hospitalplan.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.project.FundingSource;
import com.hospitalplan.project.ProjectDetail;
import com.hospitalplan.project.ProjectService;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportStatus;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Object Mothers make what they promise, through the application's own services. */
@IntegrationTest
class MothersTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    OrganizationService directory;

    @Autowired
    PlanService plans;

    @Autowired
    ReportPages pages;

    @Autowired
    ScratchProjects scratchProjects;

    @Autowired
    ProjectService projects;

    @Test
    void aTreeHasItsBureausAndHospitalsInItsCountyAndTheDepartmentInItsHospital() {
        TestOrganizations.Tree tree = organizations.tree();

        OrganizationView hospital = directory.find(tree.hospitalId()).orElseThrow();
        assertThat(hospital.name()).isEqualTo(tree.hospitalName());
        assertThat(hospital.regionCode()).isEqualTo(tree.area().countyCode());
        assertThat(directory.find(tree.departmentId()).orElseThrow().parentId()).isEqualTo(tree.hospitalId());
        assertThat(directory.find(tree.bureauId()).orElseThrow().kind()).isEqualTo(OrganizationKind.HEALTH_BUREAU);
        assertThat(directory.find(tree.cityBureauId()).orElseThrow().regionCode())
                .isEqualTo(tree.area().cityCode());
        assertThat(directory
                        .regionTree()
                        .isWithin(tree.area().countyCode(), tree.area().provinceCode()))
                .isTrue();
        assertThat(organizations.tree().hospitalName()).isNotEqualTo(tree.hospitalName());
    }

    @Test
    void anAccountHasItsRoleAndOrganisation() {
        long hospital = organizations.tree().hospitalId();

        SignedInUser planner = accounts.signedIn(Role.PLANNER, hospital);

        assertThat(planner.role()).isEqualTo(Role.PLANNER);
        assertThat(planner.organizationId()).isEqualTo(hospital);
        assertThat(accounts.idOf(planner.getUsername())).isEqualTo(planner.id());
    }

    @Test
    void aFreshPlanBelongsToItsHospitalAndItsReportIsSubmittedWithEvidence() {
        ScratchPlans.Reported reported = scratchPlans.submittedReport();
        ScratchPlans.Ids plan = reported.plan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        SignedInUser otherPlanner =
                accounts.signedIn(Role.PLANNER, organizations.tree().hospitalId());

        assertThat(planner.organizationId()).isEqualTo(plan.hospitalId());
        assertThat(plans.mayChange(plan.planId(), planner)).isTrue();
        assertThat(plans.mayChange(plan.planId(), otherPlanner)).isFalse();
        var page = pages.page(reported.reportId(), accounts.as(reported.reporterUsername()), Locale.CHINA);
        assertThat(page.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(page.organizationId()).isEqualTo(plan.hospitalId());
        assertThat(page.evidence()).extracting(e -> e.id()).containsExactly(reported.evidenceId());
    }

    @Test
    void aScratchProjectIsThePlansAtItsInstitutionWithItsFundingAndAnApprovedReportIsApproved() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());

        Long projectId = scratchProjects.fundedProject(
                plan, "门诊综合楼", plan.hospitalId(), ScratchProjects.funding(FundingSource.LOCAL_FISCAL, "8000"));

        ProjectDetail project = projects.detail(projectId, planner);
        assertThat(project.planId()).isEqualTo(plan.planId());
        assertThat(project.institutionId()).isEqualTo(plan.hospitalId());
        assertThat(project.fundingLines())
                .singleElement()
                .satisfies(line -> assertThat(line.amount()).isEqualByComparingTo("8000"));
        assertThat(project.stages()).extracting(ProjectDetail.Stage::stageId).contains(scratchProjects.stage("开工"));

        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        SignedInUser reviewer = accounts.reviewerOver(plan.hospitalId());
        Long reportId = scratchPlans.approvedIn(
                plan, scratchPlans.openYear(plan, ScratchPlans.reportedYear()), reporter, reviewer);
        assertThat(pages.page(reportId, reviewer, Locale.CHINA).status()).isEqualTo(ReportStatus.APPROVED);
    }
}
