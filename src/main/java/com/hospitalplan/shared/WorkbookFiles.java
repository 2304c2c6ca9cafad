package com.hospitalplan.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an uploaded file as an .xlsx workbook, or refuses it with a reason the user can act on: too large, empty, an
 * old .xls, encrypted, not a spreadsheet, damaged, unpacking to far more than it weighs (a zip bomb), or with too many
 * rows. Every part of the file is unpacked and counted before POI parses it, so a bomb never reaches the parser.
 */
public final class WorkbookFiles {

    /** More parts than any workbook has; a file with more is not a plan workbook. */
    private static final int MAX_ENTRIES = 2000;

    private WorkbookFiles() {}

    public static XSSFWorkbook open(byte[] bytes, WorkbookLimits limits) {
        if (bytes.length == 0) {
            throw new WorkbookRefusedException("workbook.error.empty");
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new WorkbookRefusedException("workbook.error.tooLarge", megabytes(limits.maxFileBytes()));
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw new WorkbookRefusedException(isEncrypted(bytes) ? "workbook.error.encrypted" : "workbook.error.xls");
        }
        if (magic != FileMagic.OOXML) {
            throw new WorkbookRefusedException("workbook.error.notXlsx");
        }
        checkUnpackedSize(bytes, limits);
        XSSFWorkbook workbook = parse(bytes, limits);
        for (Sheet sheet : workbook) {
            // getLastRowNum is 0-based: a sheet of maxRows data rows plus its header ends at index maxRows
            if (sheet.getLastRowNum() > limits.maxRows()) {
                close(workbook);
                throw new WorkbookRefusedException(
                        "workbook.error.tooManyRows",
                        sheet.getSheetName(),
                        String.valueOf(sheet.getLastRowNum()),
                        String.valueOf(limits.maxRows()));
            }
        }
        return workbook;
    }

    /** An OLE2 file is either an encrypted .xlsx (the package inside an "EncryptedPackage" stream) or an old .xls. */
    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)
                    || fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            throw new WorkbookRefusedException("workbook.error.damaged", e);
        }
    }

    /** Unpacks every part once, counting, and stops at the limit: a zip bomb is refused after a bounded amount. */
    private static void checkUnpackedSize(byte[] bytes, WorkbookLimits limits) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new WorkbookRefusedException("workbook.error.zipBomb", megabytes(limits.maxUnpackedBytes()));
                }
                if (entry.isDirectory()) {
                    continue;
                }
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > limits.maxUnpackedBytes()) {
                        throw new WorkbookRefusedException(
                                "workbook.error.zipBomb", megabytes(limits.maxUnpackedBytes()));
                    }
                }
            }
        } catch (IOException e) {
            throw new WorkbookRefusedException("workbook.error.damaged", e);
        }
        if (entries == 0) {
            throw new WorkbookRefusedException("workbook.error.damaged");
        }
    }

    private static XSSFWorkbook parse(byte[] bytes, WorkbookLimits limits) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return new XSSFWorkbook(in);
        } catch (EncryptedDocumentException e) {
            throw new WorkbookRefusedException("workbook.error.encrypted", e);
        } catch (IOException e) {
            // POI's own zip-bomb guard (inflate ratio) says so in its message
            if (e.getMessage() != null && e.getMessage().contains("Zip bomb")) {
                throw new WorkbookRefusedException("workbook.error.zipBomb", megabytes(limits.maxUnpackedBytes()));
            }
            throw new WorkbookRefusedException("workbook.error.damaged", e);
        } catch (RuntimeException e) {
            // POI reports a package that is no spreadsheet (a .docx, a renamed zip, broken XML) in many ways
            throw new WorkbookRefusedException("workbook.error.damaged", e);
        }
    }

    private static void close(XSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            // read from memory: nothing to release
        }
    }

    private static String megabytes(long bytes) {
        return String.valueOf(bytes / (1024 * 1024));
    }
}
