package com.hospitalplan.planworkbook;

import static com.hospitalplan.planworkbook.SamplePlans.cell;
import static com.hospitalplan.planworkbook.SamplePlans.changed;
import static com.hospitalplan.planworkbook.SamplePlans.info;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.report.NewPeriod;
import com.hospitalplan.report.PeriodKind;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.support.IntegrationTest;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Imports through the pages: preview first, nothing saved before confirmation, and nothing of a bad file ever. */
@IntegrationTest
class PlanWorkbookImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanService plans;

    @Autowired
    ReportingPeriods periods;

    private WorkbookImports imports;

    @BeforeEach
    void drive() {
        imports = new WorkbookImports(mvc, users, jdbc);
    }

    private byte[] yuebei() throws Exception {
        return imports.export(imports.demoPlan("000-yuebei"), "planner");
    }

    @Test
    void aWorkbookWithABadRowShowsTheProblemAndSavesNothingEvenWhenConfirmed() throws Exception {
        byte[] spoilt = changed(yuebei(), book -> {
            cell(book, "指标", 5, "指标名称").setBlank();
            cell(book, "指标", 6, "基线年份").setCellValue("去年");
        });
        Map<String, Long> before = imports.rowCounts();

        WorkbookImports.Upload upload = imports.upload(spoilt, "planner", null);
        String preview = imports.preview(upload.token(), "planner");

        assertThat(preview)
                .contains("id=\"problems\"")
                .contains("<td>指标</td>", "<td class=\"text-end\">5</td>", "<td>E</td>", "“指标名称”必须填写。")
                .contains("“基线年份”应为四位年份，这里是“去年”。")
                .doesNotContain("id=\"confirm-import\"");
        assertThat(imports.rowCounts()).isEqualTo(before);

        assertThat(imports.confirm(upload.token(), "planner")).isEqualTo("/plans/import/" + upload.token());
        assertThat(imports.rowCounts()).isEqualTo(before);
    }

    @Test
    void theUploadFormWorksWithoutScriptAndShowsProgressWithHtmx() throws Exception {
        String page = mvc.perform(get("/plans/import").with(user(imports.as("planner"))))
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
        byte[] spoilt = changed(yuebei(), book -> cell(book, "指标", 5, "指标名称").setBlank());
        WorkbookImports.Upload upload = imports.upload(spoilt, "planner", null);

        String english = mvc.perform(get("/plans/import/{t}", upload.token())
                        .param("lang", "en")
                        .with(user(imports.as("planner"))))
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

        WorkbookImports.Upload upload = imports.upload(file, "planner", null);

        assertThat(upload.accepted()).isFalse();
        assertThat(upload.page()).contains("id=\"upload-refusal\"", message);
        assertThat(imports.rowCounts()).isEqualTo(before);
    }

    @Test
    void textThatLooksLikeAFormulaIsImportedAsTextAndExportedAsQuotedText() throws Exception {
        String hyperlink = "=HYPERLINK(\"http://evil.example\",\"点击查看\")";
        byte[] workbook = changed(yuebei(), book -> {
            cell(book, "目标", 2, "标题").setCellValue(hyperlink);
            cell(book, "指标", 2, "指标名称").setCellValue("+1");
            cell(book, "里程碑", 2, "标题").setCellValue("-2");
            cell(book, "预算", 2, "备注").setCellValue("@SUM(A1:A9)");
        });

        long planId = imports.importPlan(workbook, "planner");

        var plan = plans.detail(planId, imports.as("planner"), Locale.CHINA);
        assertThat(plan.goals().get(0).title()).isEqualTo(hyperlink);
        assertThat(plan.indicators().get(0).definition().name()).isEqualTo("+1");
        assertThat(plan.milestones().stream().map(m -> m.definition().title())).contains("-2");
        assertThat(plan.budget().lines().get(0).note()).isEqualTo("@SUM(A1:A9)");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(imports.export(planId, "planner")))) {
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
        byte[] workbook =
                changed(yuebei(), book -> cell(book, "预算", 2, "金额（万元）").setCellFormula("SUM(1,2)"));
        Map<String, Long> before = imports.rowCounts();

        WorkbookImports.Upload upload = imports.upload(workbook, "planner", null);

        assertThat(imports.preview(upload.token(), "planner"))
                .contains("“金额（万元）”是公式。导入不计算公式")
                .doesNotContain("id=\"confirm-import\"");
        assertThat(imports.confirm(upload.token(), "planner")).isEqualTo("/plans/import/" + upload.token());
        assertThat(imports.rowCounts()).isEqualTo(before);
    }

    @Test
    void aDraftChangedSinceItsWorkbookWasReadIsAConflictAndKeepsItsContent() throws Exception {
        Long draft = newDraftOfBaotouHospital();
        byte[] baotou = changed(
                imports.export(imports.demoPlan("001-baotou"), "planner3"),
                book -> info(book, "状态").setCellValue("草稿"));
        WorkbookImports.Upload upload = imports.upload(baotou, "planner3", draft);
        var planner3 = imports.as("planner3");
        var plan = plans.detail(draft, planner3, Locale.CHINA);
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
                planner3);
        Map<String, Long> before = imports.rowCounts();

        int status = mvc.perform(post("/plans/import/{t}", upload.token())
                        .with(user(planner3))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(409);
        assertThat(imports.rowCounts()).isEqualTo(before);
        assertThat(plans.detail(draft, planner3, Locale.CHINA).title()).isEqualTo("有人先改了标题");
    }

    @Test
    void confirmingTwiceCreatesOnePlan() throws Exception {
        WorkbookImports.Upload upload = imports.upload(yuebei(), "planner", null);
        long plansBefore = imports.rowCounts().get("plan");

        String first = imports.confirm(upload.token(), "planner");
        String second = imports.confirm(upload.token(), "planner");

        assertThat(first).matches("/plans/\\d+");
        assertThat(second).isEqualTo(first);
        assertThat(imports.rowCounts().get("plan")).isEqualTo(plansBefore + 1);
    }

    @Test
    void aDraftsContentIsReplacedAsAWholeAndItsOwnerStays() throws Exception {
        Long draft = newDraftOfBaotouHospital();
        byte[] baotou = changed(
                imports.export(imports.demoPlan("001-baotou"), "planner3"),
                book -> info(book, "状态").setCellValue("征求意见稿"));

        WorkbookImports.Upload upload = imports.upload(baotou, "planner3", draft);
        assertThat(imports.preview(upload.token(), "planner3")).contains("确认替换");
        assertThat(imports.confirm(upload.token(), "planner3")).isEqualTo("/plans/" + draft);

        PlanSnapshot replaced = PlanSnapshot.of(plans.detail(draft, imports.as("planner3"), Locale.CHINA));
        PlanSnapshot source =
                PlanSnapshot.of(plans.detail(imports.demoPlan("001-baotou"), imports.as("planner3"), Locale.CHINA));
        assertThat(replaced.goals()).isEqualTo(source.goals());
        assertThat(replaced.indicators()).isEqualTo(source.indicators());
        assertThat(replaced.milestones()).isEqualTo(source.milestones());
        assertThat(replaced.budgetLines()).isEqualTo(source.budgetLines());
        assertThat(replaced.title()).isEqualTo(source.title());
        assertThat(replaced.status()).hasToString("DRAFT_FOR_COMMENTS");
        assertThat(replaced.owner()).isEqualTo(source.owner());
    }

    @Test
    void aDraftWithReportingPeriodsIsNotReplaced() throws Exception {
        Long draft = newDraftOfBaotouHospital();
        periods.openPeriod(
                draft,
                new NewPeriod(
                        PeriodKind.YEAR,
                        2024,
                        1,
                        LocalDate.now(),
                        LocalDate.now().plusDays(30),
                        0),
                imports.as("planner3"));

        var result = mvc.perform(get("/plans/{id}/import", draft).with(user(imports.as("planner3"))))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + draft);
        assertThat(result.getFlashMap().get("failure")).isEqualTo("workbook.error.hasPeriods");
    }

    @Test
    void aPlannerCannotImportAPlanForAnotherOrganisation() throws Exception {
        byte[] workbook = changed(yuebei(), book -> info(book, "维护单位").setCellValue("包头医学院第一附属医院"));
        Map<String, Long> before = imports.rowCounts();

        WorkbookImports.Upload upload = imports.upload(workbook, "planner", null);

        assertThat(imports.preview(upload.token(), "planner")).contains("不能为“包头医学院第一附属医院”导入规划，维护单位只能是：粤北人民医院。");
        assertThat(imports.rowCounts()).isEqualTo(before);
    }

    @Test
    void anotherUsersImportCanNeitherBeSeenNorConfirmed() throws Exception {
        WorkbookImports.Upload upload = imports.upload(yuebei(), "planner", null);
        Map<String, Long> before = imports.rowCounts();

        var preview = mvc.perform(get("/plans/import/{t}", upload.token()).with(user(imports.as("planner3"))))
                .andReturn()
                .getResponse();
        String confirmation = imports.confirm(upload.token(), "planner3");

        assertThat(preview.getRedirectedUrl()).isEqualTo("/plans/import");
        assertThat(confirmation).isEqualTo("/plans/import");
        assertThat(imports.rowCounts()).isEqualTo(before);
    }

    private Long newDraftOfBaotouHospital() {
        return plans.create(
                new PlanCommands.SavePlan(
                        "待替换的草稿 " + System.nanoTime(),
                        "包头医学院第一附属医院",
                        2021,
                        2025,
                        null,
                        null,
                        List.of(new BasisDocument("旧依据", null)),
                        null,
                        List.of(),
                        List.of()),
                imports.as("planner3"));
    }
}
