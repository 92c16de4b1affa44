package org.scolarite.statistics.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.scolarite.statistics.entity.Ratio;
import org.scolarite.statistics.entity.SheetTable;

/**
 * Writes a screen's tables into one Excel workbook, a sheet per table: header row in bold on grey and frozen, counts
 * as numbers with a thousands separator, percentages as true percentages (the fraction, formatted « 0.00 % »: the
 * spreadsheet can compute with them), « Somme » rows in bold, each column as wide as its longest text, printed
 * landscape one page wide. Streaming
 * (SXSSF, 100 rows in memory), so that the académie's table keeps memory flat.
 */
public class WorkbookWriter {

    /** Excel's limit for a column width, in 1/256 of a character. */
    private static final int MAX_WIDTH = 255 * 256;

    public void write(List<SheetTable> tables, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            for (SheetTable table : tables) {
                Sheet sheet = workbook.createSheet(uniqueName(table.title(), names));
                int[] widths = new int[table.columns().size()];
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.columns().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.columns().get(c).header());
                    cell.setCellStyle(styles.header);
                    // Bold text is wider: a header counts a fifth more than its characters.
                    widths[c] = table.columns().get(c).header().length() * 6 / 5;
                }
                sheet.createFreezePane(0, 1);
                // Printed (or converted to PDF) landscape, as wide as one page: the tables are wider than tall.
                sheet.getPrintSetup().setLandscape(true);
                sheet.setFitToPage(true);
                sheet.getPrintSetup().setFitWidth((short) 1);
                sheet.getPrintSetup().setFitHeight((short) 0);
                int r = 1;
                for (SheetTable.Row row : table.rows()) {
                    Row line = sheet.createRow(r++);
                    for (int c = 0; c < widths.length; c++) {
                        widths[c] = Math.max(widths[c], write(line.createCell(c), row.cells().get(c),
                                table.columns().get(c).kind(), row.total(), styles));
                    }
                }
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, Math.min(MAX_WIDTH, (widths[c] + 3) * 256));
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** Writes a cell; returns the length of its text as shown, for the column's width. */
    private static int write(Cell cell, Object value, SheetTable.Kind kind, boolean total, Styles styles) {
        if (value == null) {
            cell.setCellStyle(total ? styles.totalText : styles.text);
            return 0;
        }
        switch (kind) {
            case COUNT -> {
                long count = ((Number) value).longValue();
                cell.setCellValue(count);
                cell.setCellStyle(total ? styles.totalCount : styles.count);
                return String.format(Locale.FRANCE, "%,d", count).length();
            }
            case PERCENT -> {
                Ratio ratio = (Ratio) value;
                cell.setCellValue(ratio.fraction());
                cell.setCellStyle(total ? styles.totalPercent : styles.percent);
                return ratio.percent().toPlainString().length() + 2;
            }
            default -> {
                String text = value.toString();
                cell.setCellValue(text);
                cell.setCellStyle(total ? styles.totalText : styles.text);
                return text.length();
            }
        }
    }

    /** A sheet name Excel accepts (31 characters, no []:*?/\) and not taken yet in the workbook. */
    static String uniqueName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title.isBlank() ? "Tableau" : title);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** The workbook's cell styles, created once (a workbook holds at most 64 000). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle count;
        final CellStyle percent;
        final CellStyle totalText;
        final CellStyle totalCount;
        final CellStyle totalPercent;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            short countFormat = workbook.createDataFormat().getFormat("#,##0");
            short percentFormat = workbook.createDataFormat().getFormat("0.00 %");
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            text = workbook.createCellStyle();
            count = workbook.createCellStyle();
            count.setDataFormat(countFormat);
            percent = workbook.createCellStyle();
            percent.setDataFormat(percentFormat);
            totalText = workbook.createCellStyle();
            totalText.setFont(bold);
            totalText.setBorderTop(BorderStyle.THIN);
            totalCount = workbook.createCellStyle();
            totalCount.cloneStyleFrom(totalText);
            totalCount.setDataFormat(countFormat);
            totalPercent = workbook.createCellStyle();
            totalPercent.cloneStyleFrom(totalText);
            totalPercent.setDataFormat(percentFormat);
        }
    }
}
