package com.hospitalplan.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organisation and region administration over real HTTP (MockMvc, the whole application) with a province of
 * 2,000 institutions on PostgreSQL: search, paging, filters, the typeahead, and what PostgreSQL does with the queries.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceScaleAdminTest {

    private static final int INSTITUTIONS = 2_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    TransactionTemplate transaction;

    private TestOrganizations.Province province;
    private String prefix;
    private long department;
    private SignedInUser admin;

    @BeforeAll
    void aProvince() {
        province = organizations.province(INSTITUTIONS);
        department = organizations.departmentOf(
                province.institutionIds().get(6), province.countyCodes().get(6));
        admin = accounts.signedIn(Role.ADMIN);
        // 60 reporters of the first institution, 60 reviewers of the second; one disabled, one locked, one to change
        prefix = "scale" + System.nanoTime();
        accounts.many(prefix + "r", Role.REPORTER, province.institutionIds().get(0), 60);
        accounts.many(prefix + "v", Role.REVIEWER, province.institutionIds().get(1), 60);
        jdbc.update("update app_user set enabled = false where username = ?", prefix + "r0003");
        jdbc.update("""
                insert into sign_in_throttle (scope, username, address, failures, last_failure_at, throttled_until)
                values ('ACCOUNT', ?, '192.0.2.7', 5, now(), now() + interval '1 hour')""", prefix + "r0004");
        jdbc.update("update app_user set password_change_required = true where username = ?", prefix + "v0005");
        jdbc.execute("analyze organization");
        jdbc.execute("analyze app_user");
    }

    @Test
    void theUserListIsSearchedAndPaged() throws Exception {
        String first = page(get("/admin/users?q={q}", prefix));
        assertThat(first).contains("共 120 个用户", "第 1–50 项");
        assertThat(rows(first)).isEqualTo(50);
        assertThat(first).contains(prefix + "r0001").doesNotContain(prefix + "v0001");
        String third = page(get("/admin/users?q={q}&page=3", prefix));
        assertThat(rows(third)).isEqualTo(20);
        assertThat(third).contains(prefix + "v0060").doesNotContain(prefix + "r0001<");
        assertThat(page(get("/admin/users").param("q", prefix + "v0042"))).contains("共 1 个用户");
    }

    @Test
    void theUserListIsFilteredByRoleStatusAndOrganisation() throws Exception {
        assertThat(page(get("/admin/users").param("q", prefix).param("role", "REVIEWER")))
                .contains("共 60 个用户");
        String disabled = page(get("/admin/users").param("q", prefix).param("status", "DISABLED"));
        assertThat(disabled).contains("共 1 个用户", prefix + "r0003", "已停用");
        String locked = page(get("/admin/users").param("q", prefix).param("status", "LOCKED"));
        assertThat(locked).contains("共 1 个用户", prefix + "r0004", "已锁定（至 ");
        assertThat(page(get("/admin/users").param("q", prefix).param("status", "PASSWORD_CHANGE")))
                .contains("共 1 个用户", prefix + "v0005", "待改密码");
        assertThat(page(get("/admin/users").param("q", prefix).param("status", "ACTIVE")))
                .contains("共 118 个用户");
        // the organisation as the typeahead offers it, or a part of its name
        long second = province.institutionIds().get(1);
        assertThat(page(get("/admin/users").param("org", province.institutionName(2) + " #" + second)))
                .contains("共 60 个用户");
        assertThat(page(get("/admin/users")
                        .param("org", province.institutionName(1))
                        .param("role", "REPORTER")))
                .contains("共 60 个用户");
        assertThat(page(get("/admin/users")
                        .param("q", prefix)
                        .param("org", province.tag())
                        .param("role", "ADMIN")))
                .contains("共 0 个用户");
    }

    @Test
    void theSearchFindsOneInstitutionAmongTwoThousand() throws Exception {
        String page = page(get("/admin/organizations").param("q", province.institutionName(1234)));

        assertThat(page).contains("共 1 个机构", province.institutionName(1234));
        assertThat(rows(page)).isEqualTo(1);
        // a department is found by its hospital's name too
        assertThat(page(get("/admin/organizations").param("q", province.institutionName(7))))
                .contains("共 2 个机构", province.institutionName(7) + " 测试科室");
    }

    @Test
    void theListComesFiftyAPageWithTheQueryKeptInThePagerLinks() throws Exception {
        // the query in the URL itself (not only as parameters), as a browser sends it, for the pager's links
        String first = page(get("/admin/organizations?q={q}", province.tag()));
        assertThat(first).contains("共 2001 个机构", "1–50");
        assertThat(rows(first)).isEqualTo(50);
        assertThat(first).contains(province.institutionName(1)).doesNotContain(province.institutionName(1001));
        assertThat(first).contains("page=2").contains("q=" + encoded(province.tag()));

        // county 1 of 20 holds institutions 1, 21, 41…: its first 50 by name on page 1, the next 50 on page 2
        String second = page(get("/admin/organizations?q={q}&page=2", province.tag()));
        assertThat(second)
                .contains("51–100", province.institutionName(1001))
                .doesNotContain(province.institutionName(1) + "<");
        assertThat(rows(second)).isEqualTo(50);

        String pastTheEnd = page(get("/admin/organizations?q={q}&page=999", province.tag()));
        assertThat(pastTheEnd).contains("第 2001–2001 项");
        assertThat(rows(pastTheEnd)).isEqualTo(1);
    }

    @Test
    void kindAndRegionFilterTheList() throws Exception {
        assertThat(page(get("/admin/organizations").param("q", province.tag()).param("kind", "TCM_HOSPITAL")))
                .contains("共 500 个机构")
                .contains(province.institutionName(2))
                .doesNotContain(province.institutionName(1) + "<");
        // a city: the institutions of its five counties, typed as the typeahead offers it or as the code
        String city = province.cityCodes().get(0);
        assertThat(page(get("/admin/organizations").param("q", province.tag()).param("region", city)))
                .contains("共 500 个机构");
        assertThat(page(get("/admin/organizations")
                        .param("region", "规模市（" + city + "）")
                        .param("kind", "GENERAL_HOSPITAL")))
                .contains("共 200 个机构");
        assertThat(page(get("/admin/organizations").param("region", "没有这个地区"))).contains("未找到地区“没有这个地区”", "共 0 个机构");
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        String results = page(get("/admin/organizations")
                .param("q", province.institutionName(42))
                .header("HX-Request", "true"));
        assertThat(results).startsWith("<div id=\"organization-results\"").contains(province.institutionName(42));
        assertThat(results).doesNotContain("<html", "<form");
    }

    @Test
    void theTypeaheadOffersAtMostTwentyChoicesQuickly() throws Exception {
        String typed = province.tag() + "第00";
        page(get("/admin/organizations/options").param("field", "parent").param("parent", typed)); // warm
        long started = System.nanoTime();
        String options = page(get("/admin/organizations/options")
                .param("field", "parent")
                .param("parent", typed)
                .param("institutions", "true"));
        long millis = (System.nanoTime() - started) / 1_000_000;

        List<String> values = values(options);
        assertThat(values).hasSize(OrganizationFinder.OPTIONS).allMatch(v -> v.startsWith(typed));
        assertThat(values.get(0)).endsWith(" #" + province.institutionIds().get(0));
        // well within a page's time even on the shared 2-core test machine
        assertThat(millis).isLessThan(1_000);

        // departments cannot be parents, and an organisation cannot be its own
        String hospital = province.institutionName(7);
        assertThat(values(page(get("/admin/organizations/options")
                        .param("field", "parent")
                        .param("parent", hospital)
                        .param("institutions", "true")
                        .param(
                                "except",
                                String.valueOf(province.institutionIds().get(6))))))
                .isEmpty();
        assertThat(values(page(get("/admin/organizations/options")
                        .param("field", "organization")
                        .param("organization", hospital))))
                .containsExactlyInAnyOrder(
                        hospital + " #" + province.institutionIds().get(6),
                        hospital + " 测试科室-" + suffixOf(department) + " #" + department);
    }

    @Test
    void theRegionTypeaheadLeavesOutTheRegionAndThoseBelowItForItsParent() throws Exception {
        String city = province.cityCodes().get(1);
        assertThat(values(page(get("/admin/regions/options")
                        .param("field", "parentCode")
                        .param("parentCode", city))))
                .singleElement()
                .satisfies(v -> assertThat(v).endsWith("（" + city + "）"));
        assertThat(values(page(get("/admin/regions/options")
                        .param("field", "parentCode")
                        .param("parentCode", province.countyCodes().get(5))
                        .param("except", city))))
                .isEmpty();
    }

    @Test
    void aTypedParentOrRegionThatNamesNothingComesBackWithEverythingTyped() throws Exception {
        String page = page(post("/admin/organizations")
                .with(csrf())
                .param("name", "新的科室")
                .param("kind", "DEPARTMENT")
                .param("regionCode", "不存在的县")
                .param("parent", "不存在的医院")
                .param("grade", "二级"));
        assertThat(page)
                .contains("未找到地区“不存在的县”", "未找到唯一的单位“不存在的医院”")
                .contains("value=\"新的科室\"", "value=\"不存在的县\"", "value=\"不存在的医院\"", "value=\"二级\"");

        String county = province.countyCodes().get(19);
        long hospital = organizations.hospitalIn(county);
        String hospitalName = jdbc.queryForObject("select name from organization where id = ?", String.class, hospital);
        mvc.perform(as(post("/admin/organizations"))
                        .with(csrf())
                        .param("name", "规模测试科室")
                        .param("kind", "DEPARTMENT")
                        .param("regionCode", "规模县（" + county + "）")
                        .param("parent", hospitalName + " #" + hospital))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select parent_id from organization where name = '规模测试科室' and region_code = ?",
                        Long.class,
                        county))
                .isEqualTo(hospital);
    }

    @Test
    void nonAdministratorsAreRefusedEveryAdminPageAndChoice() throws Exception {
        SignedInUser planner = accounts.signedIn(Role.PLANNER);
        String code = province.countyCodes().get(0);
        for (MockHttpServletRequestBuilder request : List.of(
                get("/admin/organizations").param("q", province.tag()),
                get("/admin/organizations/options").param("field", "q").param("q", province.tag()),
                get("/admin/regions/options").param("field", "q").param("q", "规模"),
                get("/admin/regions/{code}/edit", code),
                post("/admin/regions/{code}", code)
                        .with(csrf())
                        .param("code", code)
                        .param("name", "改名"),
                get("/admin/users").param("q", "a"))) {
            mvc.perform(request.with(user(planner))).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select name from region where code = ?", String.class, code))
                .isNotEqualTo("改名");
    }

    /**
     * What PostgreSQL does with the list's name search on 2,000+ rows. At this size it rightly reads the whole table
     * (a few dozen pages, milliseconds); the trigram index serves the same query once reading the table costs more,
     * shown here by taking sequential scans away.
     */
    @Test
    void theNameSearchIsFastAndTheTrigramIndexCanServeIt() {
        OrganizationSearch search = new OrganizationSearch(jdbcClient);
        OrganizationQuery query = new OrganizationQuery(province.institutionName(1234), null, null);
        List<String> chosen = search.explainPage(query, List.of(), 0, 50);
        List<String> indexed = transaction.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return search.explainPage(query, List.of(), 0, 50);
        });
        System.out.println("EXPLAIN ANALYZE, organisation name search on " + count() + " rows, as planned:\n"
                + String.join("\n", chosen) + "\n... and without sequential scans:\n" + String.join("\n", indexed));

        assertThat(executionMillis(chosen)).isLessThan(200);
        assertThat(String.join("\n", indexed)).contains("Bitmap Index Scan on organization_name_trgm_idx");
        assertThat(executionMillis(indexed)).isLessThan(200);
    }

    static double executionMillis(List<String> plan) {
        String last = plan.stream()
                .filter(line -> line.startsWith("Execution Time:"))
                .findFirst()
                .orElseThrow();
        return Double.parseDouble(last.replaceAll("[^0-9.]", ""));
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from organization", Integer.class);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(request)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user(admin));
    }

    private static int rows(String page) {
        String body = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
        return body.split("<tr", -1).length - 1;
    }

    private static List<String> values(String options) {
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(options);
        return value.results().map(m -> m.group(1)).toList();
    }

    private String suffixOf(long organizationId) {
        String name = jdbc.queryForObject("select name from organization where id = ?", String.class, organizationId);
        return name.substring(name.lastIndexOf('-') + 1);
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
