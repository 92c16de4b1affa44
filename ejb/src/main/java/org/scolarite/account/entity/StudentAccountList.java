package org.scolarite.account.entity;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * A class list of pupils' accounts (R-LIST-1) for one division or one group: what the screen shows and what the PDF
 * and the CSV print, with the establishment and the moment of edition for the printed header.
 *
 * @param byGroup whether it lists a group: its rows then have the « Groupe » column
 * @param rows    in alphabetical order ({@link StudentListRow#alphabetical()})
 */
public record StudentAccountList(String establishmentName, String uai, String title, boolean byGroup,
                                 LocalDateTime editedAt, List<StudentListRow> rows) implements Serializable {

    private static final DateTimeFormatter EDITED = DateTimeFormatter.ofPattern("'Édité le 'dd/MM/yyyy' à 'HH:mm");
    private static final long serialVersionUID = 1L;

    public StudentAccountList {
        Objects.requireNonNull(establishmentName, "establishmentName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(editedAt, "editedAt");
        rows = List.copyOf(rows);
    }

    /** « Liste des comptes élèves – division 3A ». */
    public static String divisionTitle(String code) {
        return "Liste des comptes élèves – division " + code;
    }

    /** « Liste des comptes élèves – groupe 3_LATIN (Latin 3) ». */
    public static String groupTitle(String code, String label) {
        return "Liste des comptes élèves – groupe " + code
                + (label == null || label.isBlank() || label.equals(code) ? "" : " (" + label + ")");
    }

    /** « Édité le 30/11/2026 à 09:12 ». */
    public String editedLine() {
        return EDITED.format(editedAt);
    }

    /** « 0140070A — Collège Jean Moulin », or the name alone when the UAI is unknown. */
    public String establishmentLine() {
        return uai == null ? establishmentName : uai + " — " + establishmentName;
    }

    public List<String> headers() {
        return StudentListRow.headers(byGroup);
    }

    public List<String> cells(StudentListRow row) {
        return row.cells(byGroup);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
