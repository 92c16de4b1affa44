package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountStateTest {

    @Test
    @DisplayName("SPEC §4: each state has its French label for the consoles")
    void frenchLabels() {
        assertThat(AccountState.NOT_NOTIFIED.label()).isEqualTo("Non notifié");
        assertThat(AccountState.NOTIFIED.label()).isEqualTo("Notifié");
        assertThat(AccountState.ACTIVATING.label()).isEqualTo("En cours d'activation");
        assertThat(AccountState.IN_USE.label()).isEqualTo("Utilisé");
        assertThat(AccountState.CLOSED.label()).isEqualTo("Supprimé");
    }

    @Test
    @DisplayName("R-ACC-6: a deleted account shows as « Non notifié » for the person")
    void deletedShowsAsNotNotified() {
        assertThat(AccountState.CLOSED.personLabel()).isEqualTo("Non notifié");
        assertThat(AccountState.IN_USE.personLabel()).isEqualTo("Utilisé");
    }

    @Test
    @DisplayName("R-PORTAL-1: only notified, activating and used accounts may sign in")
    void loginStates() {
        assertThat(AccountState.values()).filteredOn(AccountState::allowsLogin)
                .containsExactly(AccountState.NOTIFIED, AccountState.ACTIVATING, AccountState.IN_USE);
    }
}
