package org.scolarite.admin.statistics;

import java.util.ArrayList;
import java.util.List;
import org.scolarite.statistics.entity.AccessCount;
import org.scolarite.statistics.entity.AccessSynthesis;
import org.scolarite.statistics.entity.DivisionLine;
import org.scolarite.statistics.entity.EstablishmentLine;
import org.scolarite.statistics.entity.GuardianFigures;
import org.scolarite.statistics.entity.MefTable;
import org.scolarite.statistics.entity.SheetTable;
import org.scolarite.statistics.entity.SheetTable.Column;
import org.scolarite.statistics.entity.SheetTable.Kind;
import org.scolarite.statistics.entity.SheetTable.Row;
import org.scolarite.statistics.entity.StudentFigures;
import org.scolarite.statistics.entity.Synthesis;

/**
 * The tables of each statistics screen as the Excel export writes them: the same titles, columns and rows as on
 * screen, a sheet per table (the establishment's, then one per MEF, or one per chart).
 */
final class StatisticsSheets {

    private StatisticsSheets() {
    }

    static List<SheetTable> students(Synthesis<StudentFigures> synthesis, StatisticsText text) {
        List<Column> columns = List.of(new Column(text.text("col.division"), Kind.TEXT),
                new Column(text.text("col.students"), Kind.COUNT),
                new Column(text.text("col.students.notNotified"), Kind.COUNT),
                new Column(text.text("col.students.notified"), Kind.COUNT),
                new Column(text.text("col.students.used"), Kind.COUNT),
                new Column(text.text("col.students.share"), Kind.PERCENT));
        List<SheetTable> sheets = new ArrayList<>();
        sheets.add(new SheetTable(text.text("sheet.establishment"), columns,
                List.of(new Row(students(text.text("stats.establishment"), synthesis.establishment()), false))));
        for (MefTable<StudentFigures> table : synthesis.mefs()) {
            List<Row> rows = new ArrayList<>();
            for (DivisionLine<StudentFigures> line : table.lines()) {
                rows.add(new Row(students(text.orNone(line.division(), "stats.noDivision"), line.figures()), false));
            }
            rows.add(new Row(students(text.text("stats.sum"), table.sum()), true));
            sheets.add(new SheetTable(text.orNone(table.mef(), "stats.noMef"), columns, rows));
        }
        return sheets;
    }

    private static List<Object> students(String label, StudentFigures f) {
        return List.of(label, f.students(), f.notNotified(), f.notified(), f.used(), f.usedShare());
    }

    static List<SheetTable> guardians(Synthesis<GuardianFigures> synthesis, StatisticsText text) {
        List<Column> columns = List.of(new Column(text.text("col.division"), Kind.TEXT),
                new Column(text.text("col.guardians"), Kind.COUNT),
                new Column(text.text("col.guardians.notNotified"), Kind.COUNT),
                new Column(text.text("col.guardians.notified"), Kind.COUNT),
                new Column(text.text("col.guardians.thisYear"), Kind.COUNT),
                new Column(text.text("col.guardians.used"), Kind.COUNT),
                new Column(text.text("col.guardians.share"), Kind.PERCENT),
                new Column(text.text("col.guardians.students"), Kind.PERCENT));
        List<SheetTable> sheets = new ArrayList<>();
        sheets.add(new SheetTable(text.text("sheet.establishment"), columns,
                List.of(new Row(guardians(text.text("stats.establishment"), synthesis.establishment()), false))));
        for (MefTable<GuardianFigures> table : synthesis.mefs()) {
            List<Row> rows = new ArrayList<>();
            for (DivisionLine<GuardianFigures> line : table.lines()) {
                rows.add(new Row(guardians(text.orNone(line.division(), "stats.noDivision"), line.figures()), false));
            }
            rows.add(new Row(guardians(text.text("stats.sum"), table.sum()), true));
            sheets.add(new SheetTable(text.orNone(table.mef(), "stats.noMef"), columns, rows));
        }
        return sheets;
    }

    private static List<Object> guardians(String label, GuardianFigures f) {
        return List.of(label, f.guardians(), f.notNotified(), f.notifiedOrActivating(), f.notifiedThisYear(),
                f.used(), f.usedShare(), f.studentsShare());
    }

    static List<SheetTable> accesses(AccessSynthesis synthesis, StatisticsText text) {
        List<SheetTable> sheets = new ArrayList<>();
        List<Row> months = new ArrayList<>();
        for (AccessCount month : synthesis.byMonth()) {
            months.add(accessRow(text.month(month.key()), month));
        }
        sheets.add(new SheetTable(text.text("sheet.byMonth"), accessColumns(text, "col.month"), months));
        List<Row> categories = new ArrayList<>();
        for (AccessCount category : synthesis.byCategory()) {
            categories.add(accessRow(text.category(category.key()), category));
        }
        sheets.add(new SheetTable(text.text("sheet.byCategory"), accessColumns(text, "col.category"), categories));
        List<Row> mefstats = new ArrayList<>();
        for (AccessCount mefstat : synthesis.byMefstat()) {
            mefstats.add(accessRow(text.mefstat(mefstat.key(), mefstat.label()), mefstat));
        }
        sheets.add(new SheetTable(text.text("sheet.byMefstat"), accessColumns(text, "col.mefstat"), mefstats));
        return sheets;
    }

    private static List<Column> accessColumns(StatisticsText text, String first) {
        return List.of(new Column(text.text(first), Kind.TEXT),
                new Column(text.text("col.guardianAccesses"), Kind.COUNT),
                new Column(text.text("col.studentAccesses"), Kind.COUNT),
                new Column(text.text("col.accesses"), Kind.COUNT));
    }

    private static Row accessRow(String label, AccessCount count) {
        return new Row(List.of(label, count.guardianAccesses(), count.studentAccesses(), count.total()), false);
    }

    static List<SheetTable> academy(List<EstablishmentLine> shownOrder,
                                    StatisticsText text) {
        List<Column> columns = List.of(new Column(text.text("col.uai"), Kind.TEXT),
                new Column(text.text("col.name"), Kind.TEXT),
                new Column(text.text("col.academy.students"), Kind.COUNT),
                new Column(text.text("col.academy.studentsUsed"), Kind.COUNT),
                new Column(text.text("col.academy.studentsShare"), Kind.PERCENT),
                new Column(text.text("col.academy.guardians"), Kind.COUNT),
                new Column(text.text("col.academy.guardiansUsed"), Kind.COUNT),
                new Column(text.text("col.academy.guardiansShare"), Kind.PERCENT),
                new Column(text.text("col.academy.reached"), Kind.PERCENT),
                new Column(text.text("col.academy.accesses"), Kind.COUNT));
        List<Row> rows = new ArrayList<>(shownOrder.size());
        for (EstablishmentLine line : shownOrder) {
            rows.add(new Row(List.of(line.uai(), line.name(), line.students().students(), line.students().used(),
                    line.students().usedShare(), line.guardians().guardians(), line.guardians().used(),
                    line.guardians().usedShare(), line.guardians().studentsShare(), line.accesses()), false));
        }
        return List.of(new SheetTable(text.text("sheet.academy"), columns, rows));
    }
}
