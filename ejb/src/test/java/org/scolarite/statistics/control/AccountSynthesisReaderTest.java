package org.scolarite.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.statistics.entity.EstablishmentLine;
import org.scolarite.statistics.entity.GuardianFigures;
import org.scolarite.statistics.entity.MefTable;
import org.scolarite.statistics.entity.SchoolYearWindow;
import org.scolarite.statistics.entity.StudentFigures;
import org.scolarite.statistics.entity.Synthesis;

/**
 * The syntheses' SQL on a hand-built establishment whose every figure is computed by hand below. Today is
 * 1 December 2026, in the school year 2026-2027 (rentrée 1 September 2026, end 4 July 2027).
 *
 * <pre>
 * Collège 10 (0140070A)          MEF 6EME: divisions 6A, 6B      MEF 3EME: division 3A
 *  P1 6A  pupil account IN_USE       G1 légal 1 of P1 AND P4: account IN_USE opening P1 only (P4: none)
 *                                    G2 légal 2 of P1: NOTIFIED on 2026-09-15 (this school year)
 *  P2 6A  pupil account NOTIFIED     G3 légal 1 of P2: ACTIVATING, notified 2026-06-20 (last school year)
 *                                    G4 légal 2 of P2: refused access (R-ACC-9), no account
 *  P3 6A  no pupil account           G5 légal 1 of P3: account CLOSED (deleted, R-ACC-6)
 *                                    G6 OTHER (not légal 1/2) of P3: IN_USE account — never counted
 *  P4 6B  pupil account CLOSED       (G1 above)
 *  P5 6B  pupil account NOT_NOTIFIED G7 légal 1 of P5: NOT_NOTIFIED account
 *                                    G13 légal 2 of P5: opened through G12's account of Collège 11 (regroupement,
 *                                        R-PORTAL-8), IN_USE
 *  P6 3A  pupil account IN_USE       G8 légal 1 of P6: IN_USE; G9 légal 2 of P6: NOTIFIED on 2026-11-20
 *  P7 3A  left on 2026-11-15         G10 légal 1 of P7: IN_USE — not counted, nor P7
 * Collège 11 (0140071B)
 *  P8 (no MEF) pupil IN_USE          G12 légal 1 of P8: the regrouped account above, IN_USE
 * </pre>
 */
class AccountSynthesisReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final SchoolYearWindow YEAR =
            new SchoolYearWindow(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 4));

    private static StatisticsDatabase db;
    private final AccountSynthesisReader reader = new AccountSynthesisReader();

    @BeforeAll
    static void handBuiltEstablishment() throws SQLException {
        db = new StatisticsDatabase();
        db.establishment(10, "0140070A", "Collège Jean Moulin");
        db.establishment(11, "0140071B", "Collège Malherbe");
        db.establishment(12, "0140072C", "Collège sans élève");
        db.mef(1, "10010012110", "6EME", "1001");
        db.mef(2, "10310019110", "3EME", "1031");
        db.division(1, 10, "6A");
        db.division(2, 10, "6B");
        db.division(3, 10, "3A");
        db.student(1, 10, 1L, 1L, null);
        db.student(2, 10, 1L, 1L, null);
        db.student(3, 10, 1L, 1L, null);
        db.student(4, 10, 1L, 2L, null);
        db.student(5, 10, 1L, 2L, null);
        db.student(6, 10, 2L, 3L, null);
        db.student(7, 10, 2L, 3L, "2026-11-15");
        db.student(8, 11, null, null, null);
        db.studentAccount(1, "IN_USE", "2026-09-10");
        db.studentAccount(2, "NOTIFIED", "2026-09-10");
        db.studentAccount(4, "CLOSED", null);
        db.studentAccount(5, "NOT_NOTIFIED", null);
        db.studentAccount(6, "IN_USE", "2025-09-10");
        db.studentAccount(7, "IN_USE", "2025-09-10");
        db.studentAccount(8, "IN_USE", "2026-09-10");
        for (long g : new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13}) {
            db.guardian(g, 10);
        }
        db.guardian(12, 11);
        db.link(1, 1, "FIRST", false);
        db.link(1, 4, "FIRST", false);
        db.link(2, 1, "SECOND", false);
        db.link(3, 2, "FIRST", false);
        db.link(4, 2, "SECOND", true);
        db.link(5, 3, "FIRST", false);
        db.link(6, 3, "OTHER", false);
        db.link(7, 5, "FIRST", false);
        db.link(13, 5, "SECOND", false);
        db.link(8, 6, "FIRST", false);
        db.link(9, 6, "SECOND", false);
        db.link(10, 7, "FIRST", false);
        db.link(12, 8, "FIRST", false);
        db.guardianAccount(1, "IN_USE", "2026-09-02", 1);
        db.guardianAccount(2, "NOTIFIED", "2026-09-15", 1);
        db.guardianAccount(3, "ACTIVATING", "2026-06-20", 2);
        db.guardianAccount(5, "CLOSED", null, 3);
        db.guardianAccount(6, "IN_USE", "2026-09-02", 3);
        db.guardianAccount(7, "NOT_NOTIFIED", null, 5);
        long regrouped = db.guardianAccount(12, "IN_USE", "2026-09-03", 8);
        db.opens(regrouped, 13, 5);
        db.guardianAccount(8, "IN_USE", "2025-09-20", 6);
        db.guardianAccount(9, "NOTIFIED", "2026-11-20", 6);
        db.guardianAccount(10, "IN_USE", "2025-09-20", 7);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    @DisplayName("R-STAT-1: pupils per division, « Somme » per MEF and the establishment line, counted by hand")
    void studentSynthesis() throws SQLException {
        Synthesis<StudentFigures> synthesis = reader.students(db.connection, 10, TODAY, YEAR);

        // MEF order by code: 6EME (1001…) before 3EME (1031…).
        assertThat(synthesis.mefs()).extracting(MefTable::mef).containsExactly("6EME", "3EME");
        MefTable<StudentFigures> sixth = synthesis.mefs().get(0);
        // 6A: P1 used, P2 notified, P3 without account → not notified: 3 pupils, 1 / 1 / 1.
        assertThat(sixth.lines().get(0).division()).isEqualTo("6A");
        assertThat(sixth.lines().get(0).figures()).isEqualTo(new StudentFigures(3, 1, 1, 1));
        // 6B: P4 (deleted account reads not notified) and P5 (not notified): 2 pupils, 2 not notified.
        assertThat(sixth.lines().get(1).division()).isEqualTo("6B");
        assertThat(sixth.lines().get(1).figures()).isEqualTo(new StudentFigures(2, 2, 0, 0));
        // Somme 6EME: 5 pupils, 3 not notified, 1 notified, 1 used; 1/5 = 20 %.
        assertThat(sixth.sum()).isEqualTo(new StudentFigures(5, 3, 1, 1));
        assertThat(sixth.sum().usedShare().percent()).isEqualByComparingTo("20.00");
        // 3A: P6 used; P7 left on 15 November, before today: not counted. 1/1 = 100 %.
        MefTable<StudentFigures> third = synthesis.mefs().get(1);
        assertThat(third.lines()).singleElement().satisfies(line -> {
            assertThat(line.division()).isEqualTo("3A");
            assertThat(line.figures()).isEqualTo(new StudentFigures(1, 0, 0, 1));
        });
        // Establishment: 6 pupils (not P7, not P8 of the other school), 3 / 1 / 2; 2/6 = 33.33 %.
        assertThat(synthesis.establishment()).isEqualTo(new StudentFigures(6, 3, 1, 2));
        assertThat(synthesis.establishment().usedShare().percent()).isEqualByComparingTo("33.33");
    }

    @Test
    @DisplayName("R-STAT-2: guardians per division (refusal, deleted account, last year's notification, a guardian "
            + "of two pupils, a regrouped account), counted by hand")
    void guardianSynthesis() throws SQLException {
        Synthesis<GuardianFigures> synthesis = reader.guardians(db.connection, 10, TODAY, YEAR);
        MefTable<GuardianFigures> sixth = synthesis.mefs().get(0);

        // 6A: G1 used (for P1), G2 notified this year, G3 activating but notified last school year, G5 deleted →
        // not notified; G4 refused and G6 (not légal 1/2) are not counted. 4 guardians: 1 not notified,
        // 2 notified or activating of which 1 this year, 1 used. Pupils 3, one (P1) with a used guardian account.
        GuardianFigures a6 = sixth.lines().get(0).figures();
        assertThat(a6).isEqualTo(new GuardianFigures(4, 1, 2, 1, 1, 3, 1));
        assertThat(a6.usedShare().percent()).isEqualByComparingTo("25.00");
        assertThat(a6.studentsShare().percent()).isEqualByComparingTo("33.33");
        // 6B: G1 again (P4 has no access of his: not notified here), G7 not notified, G13 used through the
        // regrouped account of Collège 11. 3 guardians: 2 / 0 / 0 / 1; pupils 2, P5 reached: 1.
        GuardianFigures b6 = sixth.lines().get(1).figures();
        assertThat(b6).isEqualTo(new GuardianFigures(3, 2, 0, 0, 1, 2, 1));
        assertThat(b6.usedShare().percent()).isEqualByComparingTo("33.33");
        assertThat(b6.studentsShare().percent()).isEqualByComparingTo("50.00");
        // Somme 6EME adds the lines: G1 counts in both → 7 guardians, 3 / 2 / 1 / 2; pupils 5, reached 2.
        assertThat(sixth.sum()).isEqualTo(new GuardianFigures(7, 3, 2, 1, 2, 5, 2));
        assertThat(sixth.sum().usedShare().percent()).isEqualByComparingTo("28.57");
        assertThat(sixth.sum().studentsShare().percent()).isEqualByComparingTo("40.00");
        // 3A: G8 used, G9 notified on 20 November (this year); G10 is P7's, who left. Pupils 1 (P6), reached.
        assertThat(synthesis.mefs().get(1).lines().get(0).figures()).isEqualTo(new GuardianFigures(2, 0, 1, 1, 1, 1, 1));
        // Establishment, each person once: G1 (used: his most advanced access), G2, G3, G5, G7, G13, G8, G9 = 8;
        // not notified G5, G7 = 2; notified or activating G2, G3, G9 = 3, of which this year G2, G9 = 2;
        // used G1, G13, G8 = 3. Pupils 6, reached P1, P5, P6 = 3. 3/8 = 37.5 %, 3/6 = 50 %.
        GuardianFigures all = synthesis.establishment();
        assertThat(all).isEqualTo(new GuardianFigures(8, 2, 3, 2, 3, 6, 3));
        assertThat(all.usedShare().percent()).isEqualByComparingTo("37.50");
        assertThat(all.studentsShare().percent()).isEqualByComparingTo(new BigDecimal("50.00"));
    }

    @Test
    @DisplayName("R-STAT-2: « notifiés année courante » follows the school-year window (a notification on the rentrée "
            + "counts, the day before does not)")
    void notifiedThisYearWindow() throws SQLException {
        // Moving the rentrée to 16 September leaves only G9 (20 November) inside: G2 (15 September) drops out.
        SchoolYearWindow later = new SchoolYearWindow(LocalDate.of(2026, 9, 16), LocalDate.of(2027, 7, 4));
        assertThat(reader.guardians(db.connection, 10, TODAY, later).establishment().notifiedThisYear()).isEqualTo(1);
        SchoolYearWindow onTheDay = new SchoolYearWindow(LocalDate.of(2026, 9, 15), LocalDate.of(2027, 7, 4));
        assertThat(reader.guardians(db.connection, 10, TODAY, onTheDay).establishment().notifiedThisYear())
                .isEqualTo(2);
    }

    @Test
    @DisplayName("R-STAT-1, R-STAT-2: the académie dashboard gives each establishment its own syntheses' first line")
    void academyDashboard() throws SQLException {
        List<EstablishmentLine> lines = reader.academy(db.connection, 1, TODAY, YEAR, Map.of(11L, 4L));

        assertThat(lines).extracting(EstablishmentLine::uai).containsExactly("0140070A", "0140071B", "0140072C");
        assertThat(lines.get(0).students()).isEqualTo(new StudentFigures(6, 3, 1, 2));
        assertThat(lines.get(0).guardians()).isEqualTo(new GuardianFigures(8, 2, 3, 2, 3, 6, 3));
        assertThat(lines.get(0).accesses()).isZero();
        // Collège 11: P8 used; G12 used (his regrouped account opens P8 for him).
        assertThat(lines.get(1).students()).isEqualTo(new StudentFigures(1, 0, 0, 1));
        assertThat(lines.get(1).guardians()).isEqualTo(new GuardianFigures(1, 0, 0, 0, 1, 1, 1));
        assertThat(lines.get(1).accesses()).isEqualTo(4);
        assertThat(lines.get(1).guardiansUsedRate()).isEqualTo(1.0);
        // An establishment without pupils yet is listed, all zeros (0 %, not a division by zero).
        assertThat(lines.get(2).students()).isEqualTo(StudentFigures.NONE);
        assertThat(lines.get(2).guardians()).isEqualTo(GuardianFigures.NONE);
        assertThat(lines.get(2).guardiansUsedRate()).isZero();
    }
}
