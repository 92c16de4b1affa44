package org.scolarite.reportbook.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.scolarite.reportbook.control.LsuPdf;
import org.scolarite.reportbook.control.ReportBookQueries;
import org.scolarite.reportbook.entity.BookHolder;
import org.scolarite.reportbook.entity.LslBook;
import org.scolarite.reportbook.entity.LsuBook;
import org.scolarite.reportbook.entity.SchoolYears;

/**
 * The report books a family reads (R-LSL-1, R-LSU-1), for the pupil the portal checked: the caller passes the child
 * its access filter admitted for this account and service (another family's child, a closed service or a pupil whose
 * access was removed never reach here). Read-only: a page view or a read-only simulation writes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReportBooks {

    /** The content type of {@link #writeLsuPdf}. */
    public static final String PDF = LsuPdf.CONTENT_TYPE;

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    public LsuBook lsu(long studentId) {
        try (Connection connection = dataSource.getConnection()) {
            return ReportBookQueries.lsu(connection, studentId);
        } catch (SQLException e) {
            throw new IllegalStateException("Lecture du livret scolaire impossible", e);
        }
    }

    /** « Avis examen » is the current school year's only (R-LSL-1): the year is today's, by the injected clock. */
    public LslBook lsl(long studentId) {
        try (Connection connection = dataSource.getConnection()) {
            return ReportBookQueries.lsl(connection, studentId, SchoolYears.startYearOf(LocalDate.now(clock)));
        } catch (SQLException e) {
            throw new IllegalStateException("Lecture du livret scolaire du lycée impossible", e);
        }
    }

    /** Streams the pupil's LSU as a PDF to {@code out} (kept nowhere on the server). */
    public void writeLsuPdf(long studentId, BookHolder holder, OutputStream out) {
        LsuPdf.write(lsu(studentId), holder, LocalDate.now(clock), out);
    }
}
