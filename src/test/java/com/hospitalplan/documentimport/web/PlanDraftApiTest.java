package com.hospitalplan.documentimport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.ApiTokenService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** POST /api/v1/plan-drafts: a planner's document in, the draft out; others refused; bad files refused with a reason. */
@IntegrationTest
class PlanDraftApiTest {

    private static final String PLAN = String.join(
            "\n",
            "某某医院“十四五”发展规划（2021—2025年）",
            "一、发展目标",
            "到2025年，门诊预约率、日间手术占比分别达到70%、20%以上，新增省级重点专科2个。",
            "二、重点任务",
            "（一）建设新院区",
            "2023年6月底前住院大楼建成投用。",
            "（二）加大资金投入",
            "医院自筹资金 1.2 亿元用于新院区建设。");

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApiTokenService tokens;

    private String planner;
    private String reporter;

    @BeforeEach
    void tokens() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        planner = "Bearer " + tokens.create(accounts.idOf(plan.plannerUsername()), "draft");
        reporter = "Bearer " + tokens.create(accounts.idOf(accounts.accountOf("REPORTER", plan.hospitalId())), "r");
    }

    @Test
    void theDraftCarriesEachItemsResponsibleUnitsAndThePlansBasisDocuments() throws Exception {
        String text = String.join(
                "\n",
                "某某医院发展规划（2024—2026年）",
                "根据《国务院办公厅关于推动公立医院高质量发展的意见》（国办发〔2021〕18号）要求，制定本规划。",
                "一、重点任务",
                "（一）提升医疗质量。落实核心制度。（医务部牵头，质控办配合）");
        mvc.perform(post("/api/v1/plan-drafts")
                        .header("Authorization", planner)
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facts.basisDocuments[0].title").value("国务院办公厅关于推动公立医院高质量发展的意见"))
                .andExpect(jsonPath("$.facts.basisDocuments[0].number").value("国办发〔2021〕18号"))
                .andExpect(jsonPath("$.goals[0].children[0].units[0].name").value("医务部"))
                .andExpect(jsonPath("$.goals[0].children[0].units[0].leading").value(true))
                .andExpect(
                        jsonPath("$.goals[0].children[0].units[0].span.start").value(text.indexOf("医务部")))
                .andExpect(jsonPath("$.goals[0].children[0].units[1].name").value("质控办"))
                .andExpect(jsonPath("$.goals[0].children[0].units[1].leading").value(false));
    }

    @Test
    void aTargetStatedForEveryCountyCarriesItsSetAndOneForThePlanNone() throws Exception {
        String text = String.join(
                "\n",
                "二、工作目标",
                // seed 004 (湛江市全面提升县级医院综合能力实施方案), 二、（二） and （三）
                "（二）至2019年底，全市每个县（包括县级市，下同）至少有一家县级医院达到二级甲等医院；",
                "（三）2020年底前，力争县域内就诊率达到90%左右。");
        mvc.perform(post("/api/v1/plan-drafts")
                        .header("Authorization", planner)
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].targetText").value("至少有一家县级医院达到二级甲等医院"))
                .andExpect(jsonPath("$.indicators[0].targetYear").value(2019))
                .andExpect(jsonPath("$.indicators[0].distribution.kind").value("COUNTY"))
                .andExpect(jsonPath("$.indicators[0].distribution.set").value("每个县"))
                .andExpect(jsonPath("$.indicators[0].distribution.noun").value("县"))
                .andExpect(jsonPath("$.indicators[1].targetText").value("90%左右"))
                .andExpect(jsonPath("$.indicators[1].distribution").doesNotExist());
    }

    @Test
    void aPlannerGetsTheDraftOfATextWithSpansAndParsedTargets() throws Exception {
        mvc.perform(post("/api/v1/plan-drafts")
                        .header("Authorization", planner)
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(PLAN.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facts.title").value("某某医院“十四五”发展规划（2021—2025年）"))
                .andExpect(jsonPath("$.facts.startYear").value(2021))
                .andExpect(jsonPath("$.goals[1].number").value("二、"))
                .andExpect(jsonPath("$.goals[1].children[0].title").value("建设新院区"))
                .andExpect(jsonPath("$.goals[1].children[0].chapter").value("二、重点任务"))
                .andExpect(jsonPath("$.indicators[0].name").value("门诊预约率"))
                .andExpect(jsonPath("$.indicators[0].targetText").value("70%"))
                .andExpect(jsonPath("$.indicators[0].readAs").value("70%以上"))
                .andExpect(jsonPath("$.indicators[0].targetYear").value(2025))
                .andExpect(jsonPath("$.indicators[0].target.bound").value("AT_LEAST"))
                .andExpect(jsonPath("$.indicators[0].span.start").value(PLAN.indexOf("70%")))
                .andExpect(jsonPath("$.milestones[0].year").value(2023))
                .andExpect(jsonPath("$.milestones[0].month").value(6))
                .andExpect(jsonPath("$.budgetLines[0].amount").value(12000));
    }

    @Test
    void aWordFileGivesItsTableAsIndicators() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("一、主要指标");
            XWPFTable table = doc.createTable(2, 3);
            String[][] cells = {{"指标名称", "单位", "2025年目标"}, {"床位数", "张", "≥800"}};
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        mvc.perform(multipart("/api/v1/plan-drafts")
                        .file(new MockMultipartFile("file", "规划.docx", "application/octet-stream", docx))
                        .header("Authorization", planner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].name").value("床位数"))
                .andExpect(jsonPath("$.indicators[0].unit").value("张"))
                .andExpect(jsonPath("$.indicators[0].targetText").value("≥800"))
                .andExpect(jsonPath("$.indicators[0].targetYear").value(2025))
                .andExpect(jsonPath("$.indicators[0].source").value("TABLE"));
    }

    @Test
    void aLegacyWordFileGivesItsNumberedGoalsAndTargets() throws Exception {
        byte[] doc;
        try (var in = getClass().getResourceAsStream("/documentimport/legacyword/numbered-plan.doc")) {
            doc = in.readAllBytes();
        }
        mvc.perform(multipart("/api/v1/plan-drafts")
                        .file(new MockMultipartFile("file", "方案.doc", "application/msword", doc))
                        .header("Authorization", planner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goals[1].number").value("二、"))
                .andExpect(jsonPath("$.goals[1].children[0].title").value("提升医疗质量"))
                .andExpect(jsonPath("$.indicators[0].targetText").value("500张以上"))
                .andExpect(jsonPath("$.indicators[0].targetYear").value(2025));
    }

    @Test
    void aReporterIsRefused() throws Exception {
        mvc.perform(post("/api/v1/plan-drafts")
                        .header("Authorization", reporter)
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(PLAN.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aScannedPdfOrANonDocumentIsRefusedWithTheReasonInChinese() throws Exception {
        byte[] scan;
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.save(out);
            scan = out.toByteArray();
        }
        String body = mvc.perform(multipart("/api/v1/plan-drafts")
                        .file(new MockMultipartFile("file", "扫描件.pdf", "application/pdf", scan))
                        .header("Authorization", planner))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("扫描件").contains("文字层");
        mvc.perform(multipart("/api/v1/plan-drafts")
                        .file(new MockMultipartFile(
                                "file", "x.bin", "application/octet-stream", new byte[] {0, 1, 2, 3}))
                        .header("Authorization", planner))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不是可读取的规划文档")));
    }

    @Test
    void aTextBodyBeyondTheLimitIs413() throws Exception {
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        mvc.perform(post("/api/v1/plan-drafts")
                        .header("Authorization", planner)
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(large))
                .andExpect(status().isContentTooLarge());
    }
}
