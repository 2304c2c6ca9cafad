package com.hospitalplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.hospitalplan.project.ProjectCommands;
import com.hospitalplan.project.ProjectService;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.ApiTokenService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/** Checks every cell of docs/security/permission-matrix.md against the running application. */
@IntegrationTest
class PermissionMatrixTest {

    private static final Path MATRIX = Path.of("docs/security/permission-matrix.md");
    private static final List<String> ROLE_ACCOUNTS = List.of("admin", "planner", "reporter", "reviewer", "viewer");
    /** Routes served by Spring Security's filters rather than by a controller. */
    private static final Set<String> FILTER_ROUTES = Set.of("POST /login", "POST /logout");
    /** Links and form targets that leave the application. */
    private static final Pattern EXTERNAL_REFERENCE =
            Pattern.compile("(?i)(src|href|action|srcset)\\s*=\\s*[\"']?\\s*(https?:|//)");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApiTokenService apiTokens;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestOrganizations organizations;

    /** The matrix's account names, each a new account of this run (see the matrix's introduction). */
    @Autowired
    ProjectService projects;

    private final Map<String, String> cast = new HashMap<>();

    private TestOrganizations.Tree tree;
    private String plansPlanner;

    private void castTheAccounts() {
        tree = organizations.tree();
        TestOrganizations.Tree elsewhere = organizations.tree();
        TestOrganizations.Tree farther = organizations.tree();
        cast.put("admin", accounts.accountOf("ADMIN", farther.cityBureauId()));
        cast.put("planner", accounts.accountOf("PLANNER", elsewhere.hospitalId()));
        cast.put("reporter", accounts.accountOf("REPORTER", tree.departmentId()));
        cast.put("reviewer", accounts.accountOf("REVIEWER", tree.cityBureauId()));
        cast.put("viewer", accounts.accountOf("VIEWER", farther.cityBureauId()));
        cast.put("planner2", accounts.accountOf("PLANNER", farther.hospitalId()));
        cast.put("reporter2", accounts.accountOf("REPORTER", tree.otherHospitalId()));
        cast.put("reviewer2", accounts.accountOf("REVIEWER", elsewhere.bureauId()));
        plansPlanner = accounts.accountOf("PLANNER", tree.hospitalId());
    }

    private ScratchPlans.Ids freshPlan() {
        return scratchPlans.publishedPlanOf(
                tree.hospitalId(), tree.hospitalName(), accounts.as(cast.get("admin")), plansPlanner);
    }

    @Test
    void everyRouteOfTheApplicationIsInTheMatrix() throws IOException {
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        served.add("ANY " + pattern);
                    }
                    methods.forEach(method -> served.add(method + " " + pattern));
                }
            }
        }
        Set<String> listed = new TreeSet<>();
        rows().forEach(row -> listed.add(row.method() + " " + row.route()));

        assertThat(listed).as("routes in the matrix").containsAll(served);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(served);
        stale.removeAll(FILTER_ROUTES);
        assertThat(stale)
                .as("matrix rows for routes the application no longer has")
                .isEmpty();
    }

    @Test
    void everyCellOfTheMatrixHolds() throws Exception {
        castTheAccounts();
        long reporter = accounts.idOf(cast.get("reporter"));
        apiTokens.create(reporter, "matrix");
        long hospital = tree.hospitalId();
        Map<String, String> placeholders = Map.of(
                "{regionCode}", tree.area().cityCode(),
                "{organizationId}", String.valueOf(hospital),
                "{userId}", String.valueOf(reporter),
                "{tokenId}", String.valueOf(apiTokens.list(reporter).get(0).id()));
        SoftAssertions softly = new SoftAssertions();
        for (Row row : rows()) {
            String path = row.example();
            for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
                path = path.replace(placeholder.getKey(), placeholder.getValue());
            }
            if (path.contains("{periodId}") || path.contains("{reportId}")) {
                ScratchPlans.Reported reported = scratchPlans.submittedReport(freshPlan());
                path = path.replace("{periodId}", String.valueOf(reported.periodId()))
                        .replace("{reportId}", String.valueOf(reported.reportId()))
                        .replace("{evidenceId}", String.valueOf(reported.evidenceId()))
                        .replace("{planId}", String.valueOf(reported.plan().planId()));
            }
            if (path.contains("{projectId}")) {
                ScratchPlans.Ids plan = freshPlan();
                Long project = projects.create(
                        plan.planId(),
                        new ProjectCommands.SaveProject(
                                "矩阵测试新院区", null, plan.hospitalId(), null, null, null, List.of()),
                        accounts.as(plansPlanner));
                path = path.replace("{projectId}", String.valueOf(project))
                        .replace(
                                "{stageId}",
                                String.valueOf(projects.stages().get(0).id()));
            }
            if (path.contains("{planId}")) {
                // a fresh plan for every row: a cell may publish, close or delete what the next row needs
                ScratchPlans.Ids plan = freshPlan();
                path = path.replace("{planId}", String.valueOf(plan.planId()))
                        .replace("{goalId}", String.valueOf(plan.goalId()))
                        .replace("{indicatorId}", String.valueOf(plan.indicatorId()))
                        .replace("{milestoneId}", String.valueOf(plan.milestoneId()))
                        .replace("{budgetLineId}", String.valueOf(plan.budgetLineId()));
            }
            check(softly, row, path, null, row.anonymous());
            for (int i = 0; i < ROLE_ACCOUNTS.size(); i++) {
                check(softly, row, path, ROLE_ACCOUNTS.get(i), row.roles().get(i));
            }
            if (!row.otherOrganization().equals("—")) {
                String[] outcomeAndUser = row.otherOrganization().split(" as ");
                check(softly, row, path, outcomeAndUser[1].trim(), outcomeAndUser[0].trim());
            }
        }
        softly.assertAll();
    }

    private void check(SoftAssertions softly, Row row, String path, String username, String expected) throws Exception {
        HttpMethod method = row.method().equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(row.method());
        MockHttpServletRequestBuilder request = request(method, path);
        if (username != null) {
            request.with(user(users.loadUserByUsername(cast.get(username))));
        }
        if (method != HttpMethod.GET) {
            request.with(csrf());
            if (path.startsWith("/api/")) {
                request.contentType("application/json").content("{}");
            }
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String who = username == null ? "anonymous" : username;
        String cell = row.method() + " " + path + " as " + who;
        int status = response.getStatus();
        switch (expected) {
            case "login" ->
                softly.assertThat(status == 302
                                && String.valueOf(response.getRedirectedUrl()).endsWith("/login"))
                        .as(cell + " redirects to sign-in (was " + status + " " + response.getRedirectedUrl() + ")")
                        .isTrue();
            case "302" ->
                softly.assertThat(status == 302
                                && !String.valueOf(response.getRedirectedUrl()).endsWith("/login"))
                        .as(cell + " redirects elsewhere (was " + status + " " + response.getRedirectedUrl() + ")")
                        .isTrue();
            default -> softly.assertThat(status).as(cell).isEqualTo(Integer.parseInt(expected));
        }
        String contentType = response.getContentType();
        if (status == 200 && contentType != null && contentType.startsWith("text/html")) {
            softly.assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .as(cell + " references no other host")
                    .doesNotContainPattern(EXTERNAL_REFERENCE);
        }
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(MATRIX, StandardCharsets.UTF_8)) {
            if (!line.startsWith("| ") || line.startsWith("| Method") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
            List<String> values = new ArrayList<>();
            for (String cell : cells) {
                values.add(cell.trim());
            }
            assertThat(values).as("cells of matrix row " + line).hasSize(10);
            rows.add(new Row(
                    values.get(0), values.get(1), values.get(2), values.get(3), values.subList(4, 9), values.get(9)));
        }
        assertThat(rows).as("rows of the permission matrix").isNotEmpty();
        return rows;
    }

    private record Row(
            String method,
            String route,
            String example,
            String anonymous,
            List<String> roles,
            String otherOrganization) {}
}
