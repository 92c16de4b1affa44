package org.scolarite.account.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.scolarite.account.entity.AccountAction;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.people.entity.LegalRank;

/**
 * What « Gérer le compte » shows of a couple (pupil, légal guardian) or of a pupil (R-IND-1): the identity from the
 * school's file, the couple's latest account (none, or a deleted one, reads « Non notifié » with the day it was
 * deleted, R-ACC-6) and its history, newest first. The {@code can…} methods say which actions the state allows; the
 * services refuse the others again.
 *
 * @param guardianId     null for a pupil's own account
 * @param accessRemoved  R-ACC-9: the guardian's access to this pupil, or the pupil's own access, was removed
 * @param accountEmail   the address the holder gave at activation (validated or not)
 * @param contactEmail   the address the school writes to ({@code ContactEmail}): the validated account e-mail, else
 *                       the school's file; null when none
 * @param state          the state as shown: « Non notifié » for no account or a deleted one
 */
public record AccountDetail(long studentId, String studentLastName, String studentFirstName, LocalDate birthDate,
                            String division, String mef, Long guardianId, String guardianName, LegalRank rank,
                            String guardianAddress, String schoolEmail, boolean accessRemoved, Long accountId,
                            Long accountVersion, String username, AccountState state, LocalDate deletedOn,
                            String accountEmail, boolean accountEmailValidated, String contactEmail,
                            LocalDate notifiedOn, NotificationMode mode, LocalDateTime lastAccess,
                            LocalDate continuitySince, List<HistoryLine> history) implements Serializable {

    public boolean guardian() {
        return guardianId != null;
    }

    public boolean deleted() {
        return deletedOn != null;
    }

    /** What the notification services receive: the account and the version this screen showed. */
    public Couple couple() {
        return new Couple(studentId, guardianId, accountId, accountVersion);
    }

    /** R-ACC-3, R-ACC-8: notify (a deleted or missing account is created anew by the notification). */
    public boolean canNotify() {
        return !accessRemoved && (accountId == null || deleted() || AccountAction.NOTIFY.isAllowedFrom(state));
    }

    /** R-IND-1: a guardian may be notified by e-mail when an address is known (pupils: paper only, R-ACC-10). */
    public boolean canNotifyByEmail() {
        return canNotify() && guardian() && contactEmail != null;
    }

    /** R-ACC-8: « notifier et réinitialiser le mot de passe » needs a live account. */
    public boolean canResetPassword() {
        return !accessRemoved && accountId != null && !deleted()
                && AccountAction.NOTIFY_AND_RESET_PASSWORD.isAllowedFrom(state);
    }

    /** R-ACC-5: « renvoyer le courriel d'activation », while the account waits for its e-mail validation. */
    public boolean canResendActivation() {
        return !accessRemoved && accountId != null && !deleted() && AccountAction.CORRECT_EMAIL.isAllowedFrom(state);
    }

    /** R-IND-1, R-ACC-6: « créer un nouveau compte » replaces an existing account, live or deleted. */
    public boolean canReplace() {
        return !accessRemoved && accountId != null;
    }

    /** « Écrire un courriel »: a guardian with an address. */
    public boolean canWrite() {
        return guardian() && contactEmail != null;
    }

    /** R-ACC-7: a continuity account, shown in red. */
    public boolean continuity() {
        return continuitySince != null && !deleted();
    }
}
