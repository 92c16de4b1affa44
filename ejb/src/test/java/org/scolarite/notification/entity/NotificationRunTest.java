package org.scolarite.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountState;
import org.scolarite.people.entity.LegalRank;

class NotificationRunTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 9, 2, 10, 0);

    @Test
    @DisplayName("R-SEC-1: letters can be downloaded for 24 hours, then no more")
    void lettersExpire() {
        NotificationRun run = NotificationRun.forGuardians(1, Transmission.PAPER_ONLY, false, "principal", T0);
        run.count(ItemOutcome.LETTER);
        assertThat(run.lettersAvailable(T0.plusHours(23).plusMinutes(59))).isTrue();
        assertThat(run.lettersAvailable(T0.plusHours(24))).isFalse();
    }

    @Test
    @DisplayName("R-SEC-1: « Supprimer du serveur » ends the download at once")
    void withdrawnLetters() {
        NotificationRun run = NotificationRun.forStudents(1, false, "principal", T0);
        run.count(ItemOutcome.LETTER);
        run.withdrawLetters(T0.plusMinutes(5));
        assertThat(run.lettersAvailable(T0.plusMinutes(5))).isFalse();
        assertThat(run.getExpiresAt()).isEqualTo(T0.plusMinutes(5));
    }

    @Test
    @DisplayName("A run without letter (all by e-mail) has nothing to download")
    void noLetterNothingToDownload() {
        NotificationRun run = NotificationRun.forGuardians(1, Transmission.EMAIL_ONLY, false, "principal", T0);
        run.count(ItemOutcome.EMAIL);
        run.count(ItemOutcome.SKIPPED);
        assertThat(run.lettersAvailable(T0)).isFalse();
        assertThat(run.getEmails()).isEqualTo(1);
        assertThat(run.getSkipped()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-JOB-2: progress by division, 100 % only once finished, resumable after a failure")
    void progress() {
        NotificationRun run = NotificationRun.forGuardians(1, Transmission.EMAIL_AND_PAPER, false, "principal", T0);
        run.selectForJob(EnumSet.of(LegalRank.FIRST), EnumSet.of(AccountState.NOT_NOTIFIED), 4);
        assertThat(run.percentDone()).isZero();
        run.divisionDone();
        assertThat(run.percentDone()).isEqualTo(25);
        run.divisionDone();
        run.divisionDone();
        run.divisionDone();
        run.divisionDone();
        assertThat(run.getDivisionsDone()).isEqualTo(4);
        assertThat(run.percentDone()).isEqualTo(99);
        run.fail("Base indisponible", T0.plusMinutes(1));
        assertThat(run.getStatus()).isEqualTo(RunStatus.FAILED);
        run.resume();
        assertThat(run.getStatus()).isEqualTo(RunStatus.RUNNING);
        run.finish(T0.plusMinutes(2));
        assertThat(run.percentDone()).isEqualTo(100);
        assertThat(run.getLastError()).isNull();
    }

    @Test
    @DisplayName("R-JOB-2: a job keeps its selection; pupils' runs have no legal ranks and are on paper (R-ACC-10)")
    void selection() {
        NotificationRun guardians = NotificationRun.forGuardians(1, Transmission.EMAIL_ONLY, false, "p", T0);
        guardians.selectForJob(EnumSet.of(LegalRank.SECOND, LegalRank.FIRST),
                EnumSet.of(AccountState.NOTIFIED, AccountState.ACTIVATING), 3);
        assertThat(guardians.legalRankSelection()).containsExactlyInAnyOrder(LegalRank.FIRST, LegalRank.SECOND);
        assertThat(guardians.stateSelection()).containsExactlyInAnyOrder(AccountState.NOTIFIED,
                AccountState.ACTIVATING);
        NotificationRun pupils = NotificationRun.forStudents(1, true, "p", T0);
        pupils.selectForJob(EnumSet.of(LegalRank.FIRST), Set.of(), 3);
        assertThat(pupils.getAudience()).isEqualTo(AccountKind.STUDENT);
        assertThat(pupils.getTransmission()).isEqualTo(Transmission.PAPER_ONLY);
        assertThat(pupils.legalRankSelection()).isEmpty();
        assertThat(pupils.stateSelection()).isEmpty();
    }

    @Test
    @DisplayName("R-JOB-2: a couple has one key per run, so that a restarted job never handles it twice")
    void coupleKeys() {
        assertThat(NotificationItem.coupleKey(34, 12L)).isEqualTo("g12:s34");
        assertThat(NotificationItem.coupleKey(34, null)).isEqualTo("s34");
        NotificationItem skipped = NotificationItem.skipped(1, 34, 12L, null, "x".repeat(400));
        assertThat(skipped.getReason()).hasSize(NotificationItem.MAX_REASON);
        assertThatThrownBy(() -> NotificationItem.notified(1, 34, 12L, 5, ItemOutcome.SKIPPED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
