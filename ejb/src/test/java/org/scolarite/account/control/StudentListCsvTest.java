package org.scolarite.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.account.entity.StudentAccountList;
import org.scolarite.account.entity.StudentListRow;

class StudentListCsvTest {

    private static final List<StudentListRow> ROWS = List.of(
            new StudentListRow("Durand", "Léa", "6A", null, LocalDate.of(2014, 3, 9), "lea.durand", "k7mz3qpa", false),
            new StudentListRow("Martin; dit \"Malo\"", "Malo", "6A", null, LocalDate.of(2014, 11, 2), "malo.martin",
                    "*****", true),
            new StudentListRow("Petit", "Inès", "6A", null, LocalDate.of(2013, 12, 31), "", "Compte à notifier",
                    false));

    @Test
    @DisplayName("R-LIST-1: UTF-8 with a BOM, « ; » separators, CRLF, the French header row: French Excel opens it")
    void frenchExcelFormat() {
        byte[] bytes = write(list(ROWS));

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("Élève;Division;Date de naissance;Identifiant;Mot de passe provisoire;"
                + "Continuité d’accès\r\n");
        assertThat(text).contains("\r\nDURAND Léa;6A;09/03/2014;lea.durand;k7mz3qpa;\r\n");
        assertThat(List.of(text.split("\r\n", -1))).hasSize(5).last().isEqualTo("");
    }

    @Test
    @DisplayName("R-LIST-1, R-ACC-8: the same columns and cells as the screen; a name with « ; » or « \" » is quoted")
    void sameCellsAsTheScreen() {
        StudentAccountList list = list(ROWS);
        String text = new String(write(list), StandardCharsets.UTF_8).substring(1);

        // Read back by hand: the project's Commons IO is older than the one Commons CSV's parser needs.
        assertThat(text.split("\r\n")).containsExactly(
                String.join(";", list.headers()),
                String.join(";", list.cells(ROWS.get(0))),
                "\"MARTIN; DIT \"\"MALO\"\" Malo\";6A;02/11/2014;malo.martin;*****;Oui",
                "PETIT Inès;6A;31/12/2013;;Compte à notifier;");
    }

    @Test
    @DisplayName("R-LIST-1: a group's list has the « Groupe » column")
    void groupColumn() {
        StudentAccountList list = new StudentAccountList("Collège Jean Moulin", "0140070A",
                StudentAccountList.groupTitle("6_LATIN", "Latin 6"), true, LocalDateTime.of(2026, 11, 30, 9, 12),
                List.of(new StudentListRow("Durand", "Léa", "6A", "6_LATIN", LocalDate.of(2014, 3, 9), "lea.durand",
                        "k7mz3qpa", false)));
        String text = new String(write(list), StandardCharsets.UTF_8);
        assertThat(text).contains("Élève;Division;Groupe;Date de naissance", "DURAND Léa;6A;6_LATIN;09/03/2014");
    }

    private static StudentAccountList list(List<StudentListRow> rows) {
        return new StudentAccountList("Collège Jean Moulin", "0140070A", StudentAccountList.divisionTitle("6A"), false,
                LocalDateTime.of(2026, 11, 30, 9, 12), rows);
    }

    private static byte[] write(StudentAccountList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StudentListCsv().write(list, out);
        return out.toByteArray();
    }
}
