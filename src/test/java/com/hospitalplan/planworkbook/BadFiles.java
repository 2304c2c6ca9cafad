package com.hospitalplan.planworkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Files that are no readable plan workbook, made on the spot. */
final class BadFiles {

    private BadFiles() {}

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    /** Starts like a zip (and so like an .xlsx), then breaks off. */
    static byte[] truncatedZip() {
        byte[] workbook = SamplePlans.workbook();
        return java.util.Arrays.copyOf(workbook, workbook.length / 3);
    }

    /** A well-formed zip that is no spreadsheet (a renamed archive). */
    static byte[] zipOfText() {
        return zip("notes.txt", "不是工作簿".getBytes(java.nio.charset.StandardCharsets.UTF_8), 1);
    }

    /** An old binary .xls workbook. */
    static byte[] xls() {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("指标").createRow(0).createCell(0).setCellValue("指标名称");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample plan's workbook with an opening password (agile encryption, as Excel 2010+ does it). */
    static byte[] encrypted() {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("口令123");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(SamplePlans.workbook());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small file whose one sheet unpacks to {@code megabytes} MB of the same byte. */
    static byte[] zipBomb(int megabytes) {
        return zip("xl/worksheets/sheet1.xml", null, megabytes);
    }

    private static byte[] zip(String name, byte[] content, int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name));
            if (content != null) {
                zip.write(content);
            } else {
                byte[] block = new byte[1024 * 1024];
                java.util.Arrays.fill(block, (byte) ' ');
                for (int i = 0; i < megabytes; i++) {
                    zip.write(block);
                }
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
