package org.scolarite.admin.mass;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.scolarite.account.boundary.AccountFilter;
import org.scolarite.account.boundary.Couple;
import org.scolarite.account.boundary.StudentAccountRow;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountState;
import org.scolarite.notification.boundary.AccountNotifications;
import org.scolarite.notification.boundary.RunSummary;
import org.scolarite.notification.entity.Transmission;

/**
 * « Notifier les accès des élèves en masse » (R-MASS-2, R-JOB-2): pupils of a division or of the whole establishment,
 * notified on paper only (R-ACC-10), with or without a new temporary password for the accounts in use (R-ACC-8).
 */
@Named
@ViewScoped
public class StudentMassBacking extends MassNotificationPage<StudentAccountRow> {

    private static final long serialVersionUID = 1L;

    /** Pupil accounts know no « En cours d'activation » (R-ACC-10). */
    private static final AccountState[] STATES = {AccountState.NOT_NOTIFIED, AccountState.NOTIFIED,
            AccountState.IN_USE};

    @Inject
    AccountNotifications notifications;

    /** « En réinitialisant les mots de passe des comptes à l'état Utilisé »; off by default, as the guide advises. */
    private boolean resetPasswords;

    @Override
    protected AccountKind audience() {
        return AccountKind.STUDENT;
    }

    @Override
    public AccountState[] shownStates() {
        return STATES.clone();
    }

    @Override
    protected AccountFilter filter(Long division, AccountState[] states) {
        return new AccountFilter(division, null, states == null ? null : Set.of(states), null, null);
    }

    @Override
    protected long count(String actor, long establishmentId, AccountFilter filter) {
        return directory.countStudents(actor, establishmentId, filter);
    }

    @Override
    protected List<StudentAccountRow> page(String actor, long establishmentId, AccountFilter filter, int first,
                                           int max) {
        return directory.students(actor, establishmentId, filter, first, max);
    }

    @Override
    protected List<Couple> keys(String actor, long establishmentId, AccountFilter filter) {
        return directory.studentKeys(actor, establishmentId, filter);
    }

    @Override
    protected String key(StudentAccountRow row) {
        return row.key();
    }

    @Override
    protected String key(Couple couple) {
        return couple.key();
    }

    @Override
    protected Couple couple(StudentAccountRow row) {
        return row.couple();
    }

    @Override
    protected RunSummary notifySelection(String actor, long establishmentId, List<Couple> selection) {
        return notifications.notifyStudents(actor, establishmentId, selection, resetPasswords);
    }

    @Override
    protected long startWholeSchool(String actor, long establishmentId, AccountFilter filter) {
        return wholeSchool.start(actor, establishmentId, AccountKind.STUDENT, filter, Transmission.PAPER_ONLY,
                resetPasswords);
    }

    @Override
    public String getConfirmText() {
        String key = isWholeSchool() ? "students.confirmWholeSchool" : "students.confirm";
        return MassText.text(resetPasswords ? key + "Reset" : key, getSelectedCount());
    }

    public boolean isResetPasswords() {
        return resetPasswords;
    }

    public void setResetPasswords(boolean resetPasswords) {
        this.resetPasswords = resetPasswords;
    }
}
