package org.scolarite.account.entity;

import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One pupil of a class list (R-LIST-1, « Éditer les listes des comptes élèves »), as the screen, the PDF and the CSV
 * show it. The cells are decided here, once, so that the three always agree (the guide: « les colonnes présentes sont
 * identiques à celles visibles à l'écran »).
 *
 * @param group      the group listed, or {@code null} for a division's list
 * @param identifier what the « Identifiant » cell shows ({@link #identifierCell})
 * @param password   what the « Mot de passe provisoire » cell shows ({@link #passwordCell})
 * @param continuity R-ACC-7: an account carried over from a previous year or school, shown in red
 */
public record StudentListRow(String lastName, String firstName, String division, String group, LocalDate birthDate,
                             String identifier, String password, boolean continuity) implements Serializable {

    /** R-ACC-8: a chosen password is never shown, printed or exported. */
    public static final String MASKED = "*****";
    /** R-LIST-1: a pupil whose account is « Non notifié » has no temporary password yet. */
    public static final String TO_NOTIFY = "Compte à notifier";
    /** R-ACC-6: the account was deleted; the school creates a new one from « Gérer le compte élève ». */
    public static final String DELETED = "Compte supprimé";
    /** No account at all (the nightly pre-creation has not run for this pupil yet). */
    public static final String NO_ACCOUNT = "Pas de compte";
    /** The « Continuité d'accès » cell of a continuity account (R-ACC-7). */
    public static final String CONTINUITY = "Oui";

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final long serialVersionUID = 1L;

    public StudentListRow {
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(password, "password");
        identifier = identifier == null ? "" : identifier;
        division = division == null ? "" : division;
    }

    /**
     * The column titles, in the order of {@link #cells}: the screen, the PDF and the CSV use these; the « Groupe »
     * column only in a group's list.
     */
    public static List<String> headers(boolean withGroup) {
        List<String> headers = new ArrayList<>(List.of("Élève", "Division"));
        if (withGroup) {
            headers.add("Groupe");
        }
        headers.addAll(List.of("Date de naissance", "Identifiant", "Mot de passe provisoire", "Continuité d’accès"));
        return List.copyOf(headers);
    }

    /**
     * R-LIST-1, R-ACC-8: the « Mot de passe provisoire » cell for an account in {@code state} ({@code null}: the pupil
     * has no account). Only a « Notifié » account prints its temporary password; an activated one (« Utilisé », or
     * « En cours d'activation », which pupils never are) has a chosen password, never shown: « ***** ».
     *
     * @param temporaryPassword the temporary password in clear, read only for a « Notifié » account; {@code null} when
     *                          there is none (a « Notifié » account without one must be notified again)
     */
    public static String passwordCell(AccountState state, String temporaryPassword) {
        if (state == null) {
            return NO_ACCOUNT;
        }
        return switch (state) {
            case NOTIFIED -> temporaryPassword == null ? TO_NOTIFY : temporaryPassword;
            case IN_USE, ACTIVATING -> MASKED;
            case NOT_NOTIFIED -> TO_NOTIFY;
            case CLOSED -> DELETED;
        };
    }

    /**
     * R-LIST-1: the « Identifiant » cell: the identifier of an account that can be handed out (notified or in use);
     * empty for a « Non notifié » account (the guide: « Compte à notifier » replaces identifier and password), for a
     * deleted one (its identifier opens nothing any more) and when there is no account.
     */
    public static String identifierCell(AccountState state, String username) {
        return state == AccountState.NOTIFIED || state == AccountState.IN_USE || state == AccountState.ACTIVATING
                ? username : "";
    }

    /**
     * Alphabetical order of the lists: last name, then first name, ignoring case and accents (« Émile » between
     * « Eliott » and « Enzo »), as a French reader expects; a new collator per call, as collators are not
     * thread-safe.
     */
    public static Comparator<StudentListRow> alphabetical() {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.PRIMARY);
        Comparator<String> french = collator::compare;
        return Comparator.comparing(StudentListRow::lastName, french)
                .thenComparing(StudentListRow::firstName, french)
                .thenComparing(StudentListRow::lastName)
                .thenComparing(StudentListRow::firstName);
    }

    /** « DURAND Léa »: the name as in letters and the other lists. */
    public String pupil() {
        return lastName.toUpperCase(Locale.FRENCH) + " " + firstName;
    }

    /** dd/MM/yyyy, so that the teacher can check it: a wrong one in SIECLE blocks the activation (R-ACC-4). */
    public String birthDateCell() {
        return FRENCH_DATE.format(birthDate);
    }

    public String continuityCell() {
        return continuity ? CONTINUITY : "";
    }

    /** The cells under {@link #headers}. */
    public List<String> cells(boolean withGroup) {
        List<String> cells = new ArrayList<>(List.of(pupil(), division));
        if (withGroup) {
            cells.add(group == null ? "" : group);
        }
        cells.addAll(List.of(birthDateCell(), identifier, password, continuityCell()));
        return cells;
    }
}
