package org.scolarite.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import org.scolarite.account.entity.StudentAccountList;
import org.scolarite.account.entity.StudentListRow;
import org.scolarite.platform.control.FrenchExcelCsv;

/**
 * The CSV export of a class list (R-LIST-1), the columns of the screen. Written for French Excel, which opens it by a
 * double click only in this form: UTF-8 <em>with</em> a byte-order mark (without it, accents come out garbled),
 * {@code ;} as separator (the French list separator), CRLF line ends, a header row. Streamed to {@code out}, never to
 * a file (R-SEC-1).
 */
@ApplicationScoped
public class StudentListCsv {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    /** Writes the list and flushes; {@code out} stays open: it belongs to the caller (the HTTP response). */
    public void write(StudentAccountList list, OutputStream out) {
        FrenchExcelCsv csv = FrenchExcelCsv.start(out, list.headers());
        for (StudentListRow row : list.rows()) {
            csv.row(list.cells(row));
        }
        csv.finish();
    }
}
