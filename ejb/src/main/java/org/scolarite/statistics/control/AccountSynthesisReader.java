package org.scolarite.statistics.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scolarite.statistics.control.AccountSynthesisSql.GuardianCounts;
import org.scolarite.statistics.control.AccountSynthesisSql.Grouping;
import org.scolarite.statistics.control.AccountSynthesisSql.PupilCounts;
import org.scolarite.statistics.control.AccountSynthesisSql.Scope;
import org.scolarite.statistics.entity.DivisionLine;
import org.scolarite.statistics.entity.EstablishmentLine;
import org.scolarite.statistics.entity.GuardianFigures;
import org.scolarite.statistics.entity.MefTable;
import org.scolarite.statistics.entity.SchoolYearWindow;
import org.scolarite.statistics.entity.StudentFigures;
import org.scolarite.statistics.entity.Synthesis;

/** Turns the grouped counts of {@link AccountSynthesisSql} into the syntheses' figures (R-STAT-1, R-STAT-2). */
public class AccountSynthesisReader {

    private final AccountSynthesisSql sql = new AccountSynthesisSql();

    /** « Synthèse comptes élèves »: the establishment line is the sum of the divisions (a pupil is in one). */
    public Synthesis<StudentFigures> students(Connection connection, long establishmentId, LocalDate today,
                                              SchoolYearWindow year) throws SQLException {
        Map<List<Long>, PupilCounts> pupils = sql.pupils(connection, Scope.ESTABLISHMENT, establishmentId,
                Grouping.DIVISION, today, year);
        List<String> codes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<DivisionLine<StudentFigures>> lines = new ArrayList<>();
        for (PupilCounts p : pupils.values()) {
            codes.add(p.labels().get(0));
            labels.add(p.labels().get(1));
            lines.add(new DivisionLine<>(p.labels().get(2), students(p)));
        }
        return Synthesis.summed(Synthesis.tables(codes, labels, lines, StudentFigures.NONE), StudentFigures.NONE);
    }

    /**
     * « Synthèse comptes responsables »: a guardian counts once per division where he has a pupil, and once in the
     * establishment line, which is therefore computed on its own rather than summed.
     */
    public Synthesis<GuardianFigures> guardians(Connection connection, long establishmentId, LocalDate today,
                                                SchoolYearWindow year) throws SQLException {
        Map<List<Long>, PupilCounts> pupils = sql.pupils(connection, Scope.ESTABLISHMENT, establishmentId,
                Grouping.DIVISION, today, year);
        Map<List<Long>, GuardianCounts> guardians = sql.guardians(connection, Scope.ESTABLISHMENT, establishmentId,
                Grouping.DIVISION, today, year);
        List<String> codes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<DivisionLine<GuardianFigures>> lines = new ArrayList<>();
        for (Map.Entry<List<Long>, PupilCounts> p : pupils.entrySet()) {
            codes.add(p.getValue().labels().get(0));
            labels.add(p.getValue().labels().get(1));
            lines.add(new DivisionLine<>(p.getValue().labels().get(2),
                    guardians(guardians.get(p.getKey()), p.getValue())));
        }
        List<MefTable<GuardianFigures>> tables = Synthesis.tables(codes, labels, lines, GuardianFigures.NONE);
        List<Long> whole = List.of(establishmentId);
        GuardianFigures establishment = guardians(
                sql.guardians(connection, Scope.ESTABLISHMENT, establishmentId, Grouping.ESTABLISHMENT, today, year)
                        .get(whole),
                sql.pupils(connection, Scope.ESTABLISHMENT, establishmentId, Grouping.ESTABLISHMENT, today, year)
                        .get(whole));
        return new Synthesis<>(establishment, tables);
    }

    /**
     * The académie dashboard: one line per establishment of the académie, by UAI — those without pupils yet too (at
     * rentrée, the schools still to start are what the rectorat looks for); accesses come from the access log.
     */
    public List<EstablishmentLine> academy(Connection connection, long academyId, LocalDate today,
                                           SchoolYearWindow year, Map<Long, Long> accesses) throws SQLException {
        Map<List<Long>, PupilCounts> pupils = sql.pupils(connection, Scope.ACADEMY, academyId,
                Grouping.ESTABLISHMENT, today, year);
        Map<List<Long>, GuardianCounts> guardians = sql.guardians(connection, Scope.ACADEMY, academyId,
                Grouping.ESTABLISHMENT, today, year);
        List<EstablishmentLine> lines = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, uai, name FROM establishment WHERE academy_id = ? ORDER BY uai")) {
            statement.setLong(1, academyId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    List<Long> key = List.of(rows.getLong(1));
                    PupilCounts p = pupils.get(key);
                    lines.add(new EstablishmentLine(key.get(0), rows.getString(2).trim(), rows.getString(3),
                            p == null ? StudentFigures.NONE : students(p), guardians(guardians.get(key), p),
                            accesses.getOrDefault(key.get(0), 0L)));
                }
            }
        }
        return lines;
    }

    /**
     * The académie's current school year on the day (see {@link SchoolYearWindow#current}); without any school year
     * yet, an empty window before every date, so that nothing counts as notified this year.
     */
    public SchoolYearWindow currentYear(Connection connection, long academyId, LocalDate today) throws SQLException {
        List<SchoolYearWindow> years = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT rentree_date, end_date FROM school_year WHERE academy_id = ?")) {
            statement.setLong(1, academyId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    years.add(new SchoolYearWindow(rows.getDate(1).toLocalDate(), rows.getDate(2).toLocalDate()));
                }
            }
        }
        return SchoolYearWindow.current(years, today).orElse(SchoolYearWindow.NONE);
    }

    private static StudentFigures students(PupilCounts p) {
        return new StudentFigures(p.students(), p.students() - p.notified() - p.used(), p.notified(), p.used());
    }

    /** A line without any guardian (no pupil has a légal guardian there) reads zeros, with its pupils. */
    private static GuardianFigures guardians(GuardianCounts g, PupilCounts p) {
        long students = p == null ? 0 : p.students();
        return g == null ? new GuardianFigures(0, 0, 0, 0, 0, students, 0)
                : new GuardianFigures(g.guardians(), g.notNotified(), g.notifiedOrActivating(), g.notifiedThisYear(),
                        g.used(), students, g.studentsWithUsedGuardian());
    }
}
