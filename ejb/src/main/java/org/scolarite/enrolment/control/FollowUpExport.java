package org.scolarite.enrolment.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.scolarite.enrolment.entity.FollowUpRow;
import org.scolarite.platform.control.FrenchExcelCsv;

/**
 * The follow-up of enrolments as CSV (French Excel: UTF-8 with BOM, « ; », CRLF; cells that Excel would read as
 * formulas made inert) or as an Excel workbook (POI SXSSF: rows streamed, memory flat). Never stored.
 */
public class FollowUpExport {

    public static final String CSV = FrenchExcelCsv.CONTENT_TYPE;
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public void csv(List<FollowUpRow> rows, OutputStream out) {
        FrenchExcelCsv csv = FrenchExcelCsv.start(out, FollowUpRow.HEADERS);
        for (FollowUpRow row : rows) {
            csv.row(cells(row));
        }
        csv.finish();
    }

    public void excel(List<FollowUpRow> rows, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet("Inscriptions");
            sheet.trackAllColumnsForAutoSizing();
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row first = sheet.createRow(0);
            for (int c = 0; c < FollowUpRow.HEADERS.size(); c++) {
                first.createCell(c).setCellValue(FollowUpRow.HEADERS.get(c));
                first.getCell(c).setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (FollowUpRow row : rows) {
                Row line = sheet.createRow(r++);
                List<String> cells = cells(row);
                for (int c = 0; c < cells.size(); c++) {
                    // Text cells: POI never evaluates a string value, so no formula can run.
                    line.createCell(c).setCellValue(cells.get(c) == null ? "" : cells.get(c));
                }
            }
            size(sheet);
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void size(Sheet sheet) {
        for (int c = 0; c < FollowUpRow.HEADERS.size(); c++) {
            sheet.autoSizeColumn(c);
        }
    }

    static List<String> cells(FollowUpRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(row.lastName());
        cells.add(row.firstName());
        cells.add(row.college());
        cells.add(row.division());
        cells.add(row.lycee());
        cells.add(row.track());
        cells.add(row.statusLabel());
        cells.add(row.updatedAt() == null ? "" : WHEN.format(row.updatedAt()));
        cells.add(String.join(", ", row.options()));
        cells.add(row.homePhone());
        cells.add(row.mobilePhone());
        cells.add(row.email());
        cells.add(row.addressNote());
        return cells;
    }
}
