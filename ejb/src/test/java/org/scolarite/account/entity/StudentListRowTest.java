package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StudentListRowTest {

    static Stream<Arguments> everyState() {
        return Stream.of(
                Arguments.of(AccountState.NOT_NOTIFIED, null, "Compte à notifier", ""),
                Arguments.of(AccountState.NOTIFIED, "k7mz3qpa", "k7mz3qpa", "lea.durand"),
                Arguments.of(AccountState.ACTIVATING, null, "*****", "lea.durand"),
                Arguments.of(AccountState.IN_USE, null, "*****", "lea.durand"),
                Arguments.of(AccountState.CLOSED, null, "Compte supprimé", ""),
                Arguments.of(null, null, "Pas de compte", ""));
    }

    @ParameterizedTest(name = "{0} → « {2} »")
    @MethodSource("everyState")
    @DisplayName("R-LIST-1, R-ACC-8: the password and identifier cells for every account state (and no account)")
    void cellsPerState(AccountState state, String temporaryPassword, String password, String identifier) {
        assertThat(StudentListRow.passwordCell(state, temporaryPassword)).isEqualTo(password);
        assertThat(StudentListRow.identifierCell(state, "lea.durand")).isEqualTo(identifier);
    }

    @Test
    @DisplayName("R-ACC-8: a chosen password is never shown, even if a temporary one were handed over by mistake")
    void inUseNeverShowsAPassword() {
        assertThat(StudentListRow.passwordCell(AccountState.IN_USE, "k7mz3qpa")).isEqualTo("*****");
        assertThat(StudentListRow.passwordCell(AccountState.ACTIVATING, "k7mz3qpa")).isEqualTo("*****");
    }

    @Test
    @DisplayName("R-LIST-1: a « Notifié » account whose temporary password is gone must be notified again")
    void notifiedWithoutPassword() {
        assertThat(StudentListRow.passwordCell(AccountState.NOTIFIED, null)).isEqualTo("Compte à notifier");
    }

    @Test
    @DisplayName("R-LIST-1: alphabetical by last name then first name, ignoring case and accents")
    void alphabetical() {
        List<StudentListRow> rows = Stream.of(row("Étienne", "Zoé"), row("Durand", "Léa"), row("etienne", "Adam"),
                        row("Durand", "Hugo"), row("Eliott", "Marc"), row("Enzo", "Paul"))
                .sorted(StudentListRow.alphabetical()).toList();
        assertThat(rows).extracting(StudentListRow::pupil).containsExactly("DURAND Hugo", "DURAND Léa",
                "ELIOTT Marc", "ENZO Paul", "ETIENNE Adam", "ÉTIENNE Zoé");
    }

    @Test
    @DisplayName("R-LIST-1: the cells follow the headers, with the « Groupe » column only for a group's list")
    void cellsFollowHeaders() {
        StudentListRow row = new StudentListRow("Durand", "Léa", "6A", "6_LATIN", LocalDate.of(2014, 3, 9),
                "lea.durand", "k7mz3qpa", true);
        assertThat(StudentListRow.headers(false)).containsExactly("Élève", "Division", "Date de naissance",
                "Identifiant", "Mot de passe provisoire", "Continuité d’accès");
        assertThat(row.cells(false)).containsExactly("DURAND Léa", "6A", "09/03/2014", "lea.durand", "k7mz3qpa", "Oui");
        assertThat(StudentListRow.headers(true)).hasSize(7).element(2).isEqualTo("Groupe");
        assertThat(row.cells(true)).hasSize(7).element(2).isEqualTo("6_LATIN");
    }

    private static StudentListRow row(String lastName, String firstName) {
        return new StudentListRow(lastName, firstName, "6A", null, LocalDate.of(2014, 1, 1), "", "*****", false);
    }
}
