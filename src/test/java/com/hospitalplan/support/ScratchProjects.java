package com.hospitalplan.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hospitalplan.project.FundingSource;
import com.hospitalplan.project.ProjectCommands;
import com.hospitalplan.project.ProjectKind;
import com.hospitalplan.project.ProjectService;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Object Mother of construction projects on a {@link ScratchPlans} plan, made by the plan's planner through the
 * project service, and the stages of the stage list by name.
 */
@Component
public class ScratchProjects {

    private final ProjectService projects;
    private final TestAccounts accounts;

    ScratchProjects(ProjectService projects, TestAccounts accounts) {
        this.projects = projects;
        this.accounts = accounts;
    }

    /** A new-build project of the plan at the institution, with nothing but its name. */
    public Long project(ScratchPlans.Ids plan, String name, Long institutionId) {
        return projects.create(
                plan.planId(),
                new ProjectCommands.SaveProject(
                        name, ProjectKind.NEW_BUILD, institutionId, null, null, null, List.of()),
                accounts.as(plan.plannerUsername()));
    }

    /** {@link #project} with these investment lines. */
    public Long fundedProject(
            ScratchPlans.Ids plan, String name, Long institutionId, ProjectCommands.Funding... lines) {
        Long id = project(plan, name, institutionId);
        SignedInUser planner = accounts.as(plan.plannerUsername());
        projects.fund(id, projects.detail(id, planner).version(), List.of(lines), planner);
        return id;
    }

    /** An investment line of the whole project: the source's amount in 万元. */
    public static ProjectCommands.Funding funding(FundingSource source, String amount) {
        return new ProjectCommands.Funding(source, null, new BigDecimal(amount), null);
    }

    /** The id of the stage list's stage with the name. */
    public Long stage(String name) {
        return projects.stages().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** The project form's post that adds a new-build project to the plan (add the user and any other field). */
    public static MockHttpServletRequestBuilder creationForm(ScratchPlans.Ids plan, String name) {
        return post("/plans/{p}/projects", plan.planId())
                .with(csrf())
                .param("version", "0")
                .param("name", name)
                .param("kind", "NEW_BUILD");
    }

    /** The id of the project a creation form's answer redirects to. */
    public static Long createdId(MvcResult answer) {
        String location = answer.getResponse().getRedirectedUrl();
        return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The stage page's post of a planned date as typed (add the user, and a reason for a move). */
    public static MockHttpServletRequestBuilder plannedDate(Long projectId, Long stageId, String text) {
        return post("/projects/{p}/stages/{s}/planned", projectId, stageId)
                .with(csrf())
                .param("plannedText", text);
    }
}
