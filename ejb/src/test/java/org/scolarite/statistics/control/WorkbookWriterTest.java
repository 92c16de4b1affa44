package org.scolarite.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.statistics.entity.Ratio;
import org.scolarite.statistics.entity.SheetTable;
import org.scolarite.statistics.entity.SheetTable.Column;
import org.scolarite.statistics.entity.SheetTable.Kind;
import org.scolarite.statistics.entity.SheetTable.Row;

/** The Excel export, read back with POI (XSSF). */
class WorkbookWriterTest {

    private static final List<Column> COLUMNS = List.of(new Column("Division", Kind.TEXT),
            new Column("Nombre d'élèves", Kind.COUNT), new Column("% d'élèves avec comptes utilisés", Kind.PERCENT));

    @Test
    @DisplayName("R-STAT-1…3 export: one sheet per table, header row frozen, counts as numbers, percentages as "
            + "percentages, « Somme » in bold, columns sized")
    void workbook() throws IOException {
        SheetTable establishment = new SheetTable("Établissement", COLUMNS,
                List.of(new Row(List.of("Établissement", 1234L, new Ratio(1, 3)), false)));
        SheetTable sixth = new SheetTable("6EME", COLUMNS, List.of(
                new Row(List.of("6A", 3L, new Ratio(1, 3)), false),
                new Row(List.of("Somme :", 5L, new Ratio(1, 5)), true)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new WorkbookWriter().write(List.of(establishment, sixth), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("Établissement");
            Sheet sheet = workbook.getSheet("6EME");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Nombre d'élèves");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1.0 / 3);
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00 %");
            assertThat(workbook.getFontAt(sheet.getRow(2).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
            // « % d'élèves avec comptes utilisés »: 32 characters in bold (a fifth wider: 38) and a margin.
            assertThat(sheet.getColumnWidth(2)).isEqualTo((38 + 3) * 256);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        }
    }

    @Test
    @DisplayName("Export: sheet names Excel accepts, unique even when two MEF share a label")
    void sheetNames() {
        Set<String> taken = new HashSet<>();
        assertThat(WorkbookWriter.uniqueName("3EME", taken)).isEqualTo("3EME");
        assertThat(WorkbookWriter.uniqueName("3eme", taken)).isEqualTo("3eme (2)");
        assertThat(WorkbookWriter.uniqueName("2NDE GENERALE ET TECHNOLOGIQUE / LV", taken))
                .hasSizeLessThanOrEqualTo(31).doesNotContain("/");
    }

    @Test
    @DisplayName("Export: the file is named statistiques-<UAI>-<yyyy-MM-dd>.xlsx")
    void fileName() {
        assertThat(SheetTable.fileName("0140070A", LocalDate.of(2026, 12, 1)))
                .isEqualTo("statistiques-0140070A-2026-12-01.xlsx");
    }
}
