package org.scolarite.statistics.entity;

import java.util.List;
import java.util.Objects;

/**
 * A table of a statistics screen as it goes into the Excel workbook (one sheet per table): its title, its columns
 * with their headers in the user's language, its rows. Cells are {@code String}, {@code Long} or {@link Ratio}.
 */
public record SheetTable(String title, List<Column> columns, List<Row> rows) {

    /** How a column's cells are written: text, a count (« 1 234 »), a percentage (« 33,33 % »). */
    public enum Kind { TEXT, COUNT, PERCENT }

    public record Column(String header, Kind kind) {
        public Column {
            Objects.requireNonNull(header);
            Objects.requireNonNull(kind);
        }
    }

    /** A row; {@code total} marks a « Somme » row, written in bold. */
    public record Row(List<Object> cells, boolean total) {
        public Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }
    }

    public SheetTable {
        Objects.requireNonNull(title);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("a row of « " + title + " » has " + row.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** The export's file name: {@code statistiques-<UAI>-<yyyy-MM-dd>.xlsx}. */
    public static String fileName(String uai, java.time.LocalDate day) {
        return "statistiques-" + uai.trim() + "-" + day + ".xlsx";
    }
}
