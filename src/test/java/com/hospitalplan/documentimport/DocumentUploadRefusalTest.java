package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bad files sent through the upload page (从文档导入) come back to the form with the reason in the user's language,
 * as a 422, and nothing is kept: no plan, no waiting document.
 */
@IntegrationTest
class DocumentUploadRefusalTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    private SignedInUser planner;

    @BeforeEach
    void planner() {
        planner = accounts.signedIn(Role.PLANNER);
    }

    private String refusal(String fileName, byte[] content, String lang) throws Exception {
        long plans = count("plan");
        long waiting = count("import_preview");
        var request = multipart("/plans/document-import")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .param("text", "粘贴的文字保留")
                .with(user(planner))
                .with(csrf());
        if (lang != null) {
            request.param("lang", lang);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"upload-refusal\"").contains("粘贴的文字保留").doesNotContain("Exception");
        assertThat(count("plan")).as("no plan saved").isEqualTo(plans);
        assertThat(count("import_preview")).as("nothing kept waiting").isEqualTo(waiting);
        int start = page.indexOf("id=\"upload-refusal\"");
        return page.substring(start, page.indexOf("</div>", start));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void aFileThatIsNoDocumentIsRefused() throws Exception {
        assertThat(refusal("plan.docx", new byte[] {1, 2, 3, 0, 5, 6, 7}, null)).contains("这不是可读取的规划文档");
        assertThat(refusal("plan.docx", new byte[] {1, 2, 3, 0, 5, 6, 7}, "en"))
                .contains("This is not a plan document that can be read");
    }

    @Test
    void anEncryptedPdfAndAnEncryptedWordFileAreRefused() throws Exception {
        byte[] pdf = SeedDocuments.pdf("一、发展目标\n到2025年，医院床位达到800张，门诊量达到150万人次，三四级手术占比达到40%以上。");
        try (PDDocument locked = Loader.loadPDF(pdf)) {
            locked.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            assertThat(refusal("plan.pdf", save(locked), null)).contains("文件已加密或设有打开密码");
        }
        assertThat(refusal("plan.docx", encrypted(SeedDocuments.docx("一、发展目标\n到2025年，床位达到800张。")), "en"))
                .contains("The file is encrypted or protected by a password");
    }

    @Test
    void aScannedPdfWithoutTextIsRefused() throws Exception {
        try (PDDocument scan = new PDDocument()) {
            scan.addPage(new PDPage());
            scan.addPage(new PDPage());
            assertThat(refusal("scan.pdf", save(scan), null)).contains("这是扫描件");
        }
    }

    @Test
    void aZipBombIsRefusedWithoutUnpackingIt() throws Exception {
        char[] filler = new char[3_000_000];
        Arrays.fill(filler, '一');
        byte[] bomb = SeedDocuments.docx("一、发展目标\n" + new String(filler));
        assertThat(bomb.length).as("small packed").isLessThan(200_000);
        assertThat(refusal("bomb.docx", bomb, null)).contains("解压后异常庞大");
    }

    @Test
    void aFileOverTwentyMegabytesIsRefused() throws Exception {
        byte[] large = new byte[DocumentTexts.MAX_BYTES + 1];
        Arrays.fill(large, (byte) 'a');
        assertThat(refusal("large.txt", large, null)).contains("文件超过 20 MB");
        assertThat(refusal("large.txt", large, "en")).contains("larger than 20 MB");
    }

    @Test
    void aFileNameWithAControlCharacterIsKeptWithoutIt() throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/plans/document-import")
                        .file(new MockMultipartFile(
                                "file",
                                "规划\u0000文本.txt",
                                "text/plain",
                                "一、发展目标\n到2025年，床位达到800张。".getBytes(StandardCharsets.UTF_8)))
                        .with(user(planner))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select file_name from import_preview where token = ?",
                        String.class,
                        response.getRedirectedUrl().substring("/plans/document-import/".length())))
                .isEqualTo("规划文本.txt");
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    private static byte[] encrypted(byte[] docx) throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        ByteArrayOutputStream locked = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(locked);
        }
        return locked.toByteArray();
    }
}
