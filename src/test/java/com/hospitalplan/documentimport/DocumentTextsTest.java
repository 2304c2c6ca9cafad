package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/** Which files give a text, and the reason each other file is refused. */
class DocumentTextsTest {

    private final DocumentTexts texts = new DocumentTexts();

    @Test
    void readsPlainTextInUtf8AndGb18030() {
        String plan = "一、发展目标\n到2025年，床位达到800张。";
        assertThat(texts.read(plan.getBytes(StandardCharsets.UTF_8))).isEqualTo(plan);
        assertThat(texts.read(plan.getBytes(Charset.forName("GB18030")))).isEqualTo(plan);
    }

    @Test
    void readsAWordFileWithItsTableAsTabSeparatedRows() {
        String text = "一、主要指标\n指标名称\t单位\t目标\n床位数\t张\t800\n二、保障措施";
        assertThat(texts.read(SeedDocuments.docx(text))).isEqualTo(text + "\n");
    }

    @Test
    void refusesEmptyOversizedBinaryAndNonWordZipFiles() throws IOException {
        assertRefused(new byte[0], "document.refused.empty");
        assertRefused(new byte[DocumentTexts.MAX_BYTES + 1], "document.refused.tooLarge");
        assertRefused(new byte[] {1, 2, 3, 0, 5, 6}, "document.refused.notDocument");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("data.txt"));
            out.write("not a plan".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(zip.toByteArray(), "document.refused.notDocument");
    }

    @Test
    void refusesAScannedPdfWithoutTextAndAnEncryptedPdf() throws IOException {
        try (PDDocument scan = new PDDocument()) {
            scan.addPage(new PDPage());
            assertRefused(save(scan), "document.refused.scanned");
        }
        byte[] plain = SeedDocuments.pdf("一、发展目标\n到2025年，医院床位达到800张，门诊量达到150万人次，三四级手术占比达到40%以上。");
        assertThat(texts.read(plain)).contains("床位达到800张");
        try (PDDocument locked = org.apache.pdfbox.Loader.loadPDF(plain)) {
            locked.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            assertRefused(save(locked), "document.refused.encrypted");
        }
    }

    @Test
    void refusesAnEncryptedWordFileAndAnOfficeFileThatIsNoWordDocument() throws Exception {
        byte[] docx = SeedDocuments.docx("一、发展目标\n到2025年，床位达到800张。");
        org.apache.poi.poifs.crypt.EncryptionInfo info =
                new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
        org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        ByteArrayOutputStream locked = new ByteArrayOutputStream();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
                new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            try (java.io.OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(locked);
        }
        assertRefused(locked.toByteArray(), "document.refused.encrypted");

        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            workbook.createSheet("规划");
            workbook.write(sheet);
        }
        assertRefused(sheet.toByteArray(), "document.refused.notDocument");
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    private void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> texts.read(content))
                .isInstanceOf(DocumentRefusedException.class)
                .hasMessage(key);
    }
}
