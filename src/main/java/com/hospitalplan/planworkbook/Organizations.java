package com.hospitalplan.planworkbook;

import java.util.ArrayList;
import java.util.List;

/** Reads organisation names from cells: one per cell, or several separated by line breaks or semicolons. */
final class Organizations {

    private Organizations() {}

    /** The full name of the organisation the cell names, or {@code null} (with a problem when it names none). */
    static String one(RowCells row, String header, Directory directory) {
        String name = row.text(header, 255);
        return name == null ? null : resolve(row, header, name, directory);
    }

    /** The full names of the organisations the cell lists, each once and none equal to {@code leading}. */
    static List<String> several(RowCells row, String header, String leading, Directory directory) {
        String text = row.text(header, 4000);
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        for (String part : text.split(WorkbookFormat.UNIT_SEPARATORS)) {
            if (part.isBlank()) {
                continue;
            }
            String name = resolve(row, header, part.strip(), directory);
            if (name == null) {
                continue;
            }
            if (names.contains(name) || name.equals(leading)) {
                row.error(header, "workbook.problem.duplicateUnit", name);
            } else {
                names.add(name);
            }
        }
        return names;
    }

    private static String resolve(RowCells row, String header, String name, Directory directory) {
        Long id = directory.organization(name);
        if (id != null) {
            return directory.fullName(id);
        }
        if (directory.ambiguous(name)) {
            row.error(header, "workbook.problem.ambiguousOrganization", name);
        } else {
            row.error(header, "workbook.problem.unknownOrganization", name);
        }
        return null;
    }
}
