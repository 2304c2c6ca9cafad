package com.hospitalplan.planworkbook;

import static com.hospitalplan.planworkbook.SamplePlans.cell;
import static com.hospitalplan.planworkbook.SamplePlans.changed;
import static com.hospitalplan.planworkbook.SamplePlans.info;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.report.NewPeriod;
import com.hospitalplan.report.PeriodKind;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Imports through the pages: preview first, nothing saved before confirmation, and nothing of a bad file ever. */
@IntegrationTest
class PlanWorkbookImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanService plans;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    OrganizationService organizations;

    @Autowired
    TestOrganizations testOrganizations;

    @Autowired
    TestAccounts accounts;

    private WorkbookImports imports;
    private SeedWorkbooks seeds;

    @BeforeEach
    void drive() {
        imports = new WorkbookImports(mvc, jdbc);
        seeds = new SeedWorkbooks(organizations, testOrganizations, accounts);
    }

    @Test
    void aWorkbookWithABadRowShowsTheProblemAndSavesNothingEvenWhenConfirmed() throws Exception {
        SeedWorkbooks.Seed yuebei = seeds.seed("000-yuebei");
        byte[] spoilt = changed(yuebei.workbook(), book -> {
            cell(book, "指标", 5, "指标名称").setBlank();
            cell(book, "指标", 6, "基线年份").setCellValue("去年");
        });
        Map<String, Long> before = imports.rowCounts();

        WorkbookImports.Upload upload = imports.upload(spoilt, yuebei.planner(), null);
        String preview = imports.preview(upload.token(), yuebei.planner());

        assertThat(preview)
                .contains("id=\"problems\"")
                .contains("<td>指标</td>", "<td class=\"text-end\">5</td>", "<td>E</td>", "“指标名称”必须填写。")
                .contains("“基线年份”应为四位年份，这里是“去年”。")
                .doesNotContain("id=\"confirm-import\"");
        assertThat(imports.rowCounts()).isEqualTo(before);

        assertThat(imports.confirm(upload.token(), yuebei.planner())).isEqualTo("/plans/import/" + upload.token());
        assertThat(imports.rowCounts()).isEqualTo(before);
    }

    @Test
    void theUploadFormWorksWithoutScriptAndShowsProgressWithHtmx() throws Exception {
        String page = mvc.perform(get("/plans/import").with(user(accounts.signedIn(Role.PLANNER))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("action=\"/plans/import\"", "enctype=\"multipart/form-data\"", "name=\"_csrf\"")
                .contains("hx-post=\"/plans/import\"", "hx-encoding=\"multipart/form-data\"")
                .contains("<progress", "src=\"/js/workbook-upload.js\"")
                .doesNotContain("th:hx-post");
    }

    @Test
    void problemsAreToldInTheUsersLanguage() throws Exception {
        SeedWorkbooks.Seed yuebei = seeds.seed("000-yuebei");
        byte[] spoilt =
                changed(yuebei.workbook(), book -> cell(book, "指标", 5, "指标名称").setBlank());
        WorkbookImports.Upload upload = imports.upload(spoilt, yuebei.planner(), null);

        String english = mvc.perform(get("/plans/import/{t}", upload.token())
                        .param("lang", "en")
                        .with(user(yuebei.planner())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(english).contains("“指标名称” must be filled in.", "Import preview");
    }

    static List<Arguments> badFiles() {
        return List.of(
                Arguments.of("random bytes", BadFiles.randomBytes(5000), "这不是 Excel 工作簿（.xlsx）文件"),
                Arguments.of("a broken zip", BadFiles.truncatedZip(), "文件已损坏或不是有效的 .xlsx 工作簿"),
                Arguments.of("an archive of text", BadFiles.zipOfText(), "文件已损坏或不是有效的 .xlsx 工作簿"),
                Arguments.of("an old .xls", BadFiles.xls(), "这是旧版 Excel（.xls）文件"),
                Arguments.of("an encrypted workbook", BadFiles.encrypted(), "文件已加密"),
                Arguments.of("a zip bomb", BadFiles.zipBomb(60), "文件解压后超过 50 MB，可能是恶意文件，已拒绝。"),
                Arguments.of("an 11 MB file", BadFiles.randomBytes(11 * 1024 * 1024), "文件超过 10 MB，未读取。"));
    }

    @ParameterizedTest(name = "{0} is refused with a clear message and nothing saved")
    @MethodSource("badFiles")
    void aFileThatIsNoReadableWorkbookIsRefusedAndNothingSaved(String what, byte[] file, String message)
            throws Exception {
        Map<String, Long> before = imports.rowCounts();

        WorkbookImports.Upload upload = imports.upload(file, accounts.signedIn(Role.PLANNER), null);

        assertThat(upload.accepted()).isFalse();
        assertThat(upload.page()).contains("id=\"upload-refusal\"", message);
        assertThat(imports.rowCounts()).isEqualTo(before);
    }

    @Test
    void textThatLooksLikeAFormulaIsImportedAsTextAndExportedAsQuotedText() throws Exception {
        SeedWorkbooks.Seed yuebei = seeds.seed("000-yuebei");
        String hyperlink = "=HYPERLINK(\"http://evil.example\",\"点击查看\")";
        byte[] workbook = changed(yuebei.workbook(), book -> {
            cell(book, "目标", 2, "标题").setCellValue(hyperlink);
            cell(book, "指标", 2, "指标名称").setCellValue("+1");
            cell(book, "里程碑", 2, "标题").setCellValue("-2");
            cell(book, "预算", 2, "备注").setCellValue("@SUM(A1:A9)");
        });

        long planId = imports.importPlan(workbook, yuebei.planner());

        var plan = plans.detail(planId, yuebei.planner(), Locale.CHINA);
        assertThat(plan.goals().get(0).title()).isEqualTo(hyperlink);
        assertThat(plan.indicators().get(0).definition().name()).isEqualTo("+1");
        assertThat(plan.milestones().stream().map(m -> m.definition().title())).contains("-2");
        assertThat(plan.budget().lines().get(0).note()).isEqualTo("@SUM(A1:A9)");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(imports.export(planId, yuebei.planner())))) {
            for (Cell exported :
                    List.of(cell(book, "目标", 2, "标题"), cell(book, "指标", 2, "指标名称"), cell(book, "预算", 2, "备注"))) {
                assertThat(exported.getCellType()).isEqualTo(CellType.STRING);
                assertThat(exported.getCellStyle().getQuotePrefixed())
                        .as(exported.getStringCellValue())
                        .isTrue();
            }
            assertThat(cell(book, "目标", 2, "标题").getStringCellValue()).isEqualTo(hyperlink);
        }
    }

    @Test
    void aFormulaCellIsRefusedNotCalculatedAndNothingSaved() throws Exception {
        SeedWorkbooks.Seed yuebei = seeds.seed("000-yuebei");
        byte[] workbook =
                changed(yuebei.workbook(), book -> cell(book, "预算", 2, "金额（万元）").setCellFormula("SUM(1,2)"));
        Map<String, Long> before = imports.rowCounts();

        WorkbookImports.Upload upload = imports.upload(workbook, yuebei.planner(), null);

        assertThat(imports.preview(upload.token(), yuebei.planner()))
                .contains("“金额（万元）”是公式。导入不计算公式")
                .doesNotContain("id=\"confirm-import\"");
        assertThat(imports.confirm(upload.token(), yuebei.planner())).isEqualTo("/plans/import/" + upload.token());
        assertThat(imports.rowCounts()).isEqualTo(before);
    }

    @Test
    void aDraftChangedSinceItsWorkbookWasReadIsAConflictAndKeepsItsContent() throws Exception {
        SeedWorkbooks.Seed baotou = seeds.seed("001-baotou");
        SignedInUser planner = baotou.planner();
        Long draft = newDraftBy(planner);
        byte[] workbook = changed(baotou.workbook(), book -> info(book, "状态").setCellValue("草稿"));
        WorkbookImports.Upload upload = imports.upload(workbook, planner, draft);
        var plan = plans.detail(draft, planner, Locale.CHINA);
        plans.update(
                draft,
                plan.version(),
                new PlanCommands.SavePlan(
                        "有人先改了标题",
                        plan.issuer(),
                        plan.startYear(),
                        plan.endYear(),
                        null,
                        null,
                        plan.basisDocuments(),
                        null,
                        List.of(),
                        List.of()),
                planner);
        Map<String, Long> before = imports.rowCounts();

        int status = mvc.perform(post("/plans/import/{t}", upload.token())
                        .with(user(planner))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(409);
        assertThat(imports.rowCounts()).isEqualTo(before);
        assertThat(plans.detail(draft, planner, Locale.CHINA).title()).isEqualTo("有人先改了标题");
    }

    @Test
    void confirmingTwiceCreatesOnePlan() throws Exception {
        SeedWorkbooks.Seed yuebei = seeds.seed("000-yuebei");
        WorkbookImports.Upload upload = imports.upload(yuebei.workbook(), yuebei.planner(), null);
        long plansBefore = imports.rowCounts().get("plan");

        String first = imports.confirm(upload.token(), yuebei.planner());
        String second = imports.confirm(upload.token(), yuebei.planner());

        assertThat(first).matches("/plans/\\d+");
        assertThat(second).isEqualTo(first);
        assertThat(imports.rowCounts().get("plan")).isEqualTo(plansBefore + 1);
    }

    @Test
    void aDraftsContentIsReplacedAsAWholeAndItsOwnerStays() throws Exception {
        SeedWorkbooks.Seed baotou = seeds.seed("001-baotou");
        SignedInUser planner = baotou.planner();
        Long draft = newDraftBy(planner);
        byte[] workbook = changed(baotou.workbook(), book -> info(book, "状态").setCellValue("征求意见稿"));

        WorkbookImports.Upload upload = imports.upload(workbook, planner, draft);
        assertThat(imports.preview(upload.token(), planner)).contains("确认替换");
        assertThat(imports.confirm(upload.token(), planner)).isEqualTo("/plans/" + draft);

        PlanSnapshot replaced = PlanSnapshot.of(plans.detail(draft, planner, Locale.CHINA));
        PlanSnapshot source =
                PlanSnapshot.of(plans.detail(imports.importPlan(baotou.workbook(), planner), planner, Locale.CHINA));
        assertThat(source.goals()).isNotEmpty();
        assertThat(replaced.goals()).isEqualTo(source.goals());
        assertThat(replaced.indicators()).isEqualTo(source.indicators());
        assertThat(replaced.milestones()).isEqualTo(source.milestones());
        assertThat(replaced.budgetLines()).isEqualTo(source.budgetLines());
        assertThat(replaced.title()).isEqualTo(source.title());
        assertThat(replaced.status()).hasToString("DRAFT_FOR_COMMENTS");
        assertThat(replaced.owner()).isEqualTo(baotou.ownerId());
    }

    @Test
    void aDraftWithReportingPeriodsIsNotReplaced() throws Exception {
        SignedInUser planner = accounts.signedIn(Role.PLANNER);
        Long draft = newDraftBy(planner);
        periods.openPeriod(
                draft,
                new NewPeriod(
                        PeriodKind.YEAR,
                        2024,
                        1,
                        LocalDate.now(),
                        LocalDate.now().plusDays(30),
                        0),
                planner);

        var result = mvc.perform(get("/plans/{id}/import", draft).with(user(planner)))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + draft);
        assertThat(result.getFlashMap().get("failure")).isEqualTo("workbook.error.hasPeriods");
    }

    @Test
    void aPlannerCannotImportAPlanForAnotherOrganisation() throws Exception {
        SeedWorkbooks.Seed yuebei = seeds.seed("000-yuebei");
        String other = testOrganizations.tree().hospitalName();
        byte[] workbook = changed(yuebei.workbook(), book -> info(book, "维护单位").setCellValue(other));
        Map<String, Long> before = imports.rowCounts();

        WorkbookImports.Upload upload = imports.upload(workbook, yuebei.planner(), null);

        assertThat(imports.preview(upload.token(), yuebei.planner()))
                .contains("不能为“" + other + "”导入规划，维护单位只能是：" + yuebei.ownerName() + "。");
        assertThat(imports.rowCounts()).isEqualTo(before);
    }

    @Test
    void anotherUsersImportCanNeitherBeSeenNorConfirmed() throws Exception {
        SeedWorkbooks.Seed yuebei = seeds.seed("000-yuebei");
        WorkbookImports.Upload upload = imports.upload(yuebei.workbook(), yuebei.planner(), null);
        Map<String, Long> before = imports.rowCounts();
        SignedInUser stranger = accounts.signedIn(Role.PLANNER);

        var preview = mvc.perform(get("/plans/import/{t}", upload.token()).with(user(stranger)))
                .andReturn()
                .getResponse();
        String confirmation = imports.confirm(upload.token(), stranger);

        assertThat(preview.getRedirectedUrl()).isEqualTo("/plans/import");
        assertThat(confirmation).isEqualTo("/plans/import");
        assertThat(imports.rowCounts()).isEqualTo(before);
    }

    /** A new draft, owned by the organisation of {@code author}. */
    private Long newDraftBy(SignedInUser author) {
        return plans.create(
                new PlanCommands.SavePlan(
                        "待替换的草稿 " + System.nanoTime(),
                        "测试医院",
                        2021,
                        2025,
                        null,
                        null,
                        List.of(new BasisDocument("旧依据", null)),
                        null,
                        List.of(),
                        List.of()),
                author);
    }
}
