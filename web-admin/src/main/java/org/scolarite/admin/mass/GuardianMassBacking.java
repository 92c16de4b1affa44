package org.scolarite.admin.mass;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.scolarite.account.boundary.AccountFilter;
import org.scolarite.account.boundary.Couple;
import org.scolarite.account.boundary.GuardianCoupleRow;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.account.entity.AccountState;
import org.scolarite.admin.shell.PageMessages;
import org.scolarite.notification.boundary.AccountNotifications;
import org.scolarite.notification.boundary.RunSummary;
import org.scolarite.notification.entity.Transmission;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * « Notifier les accès des responsables en masse » (R-MASS-1, R-JOB-2): couples (pupil, légal 1/2) of a division or of
 * the whole establishment, the transmission, and « Écrire à plusieurs responsables » to the selected guardians.
 */
@Named
@ViewScoped
public class GuardianMassBacking extends MassNotificationPage<GuardianCoupleRow> {

    private static final long serialVersionUID = 1L;

    private static final AccountState[] STATES = {AccountState.NOT_NOTIFIED, AccountState.NOTIFIED,
            AccountState.ACTIVATING, AccountState.IN_USE};

    @Inject
    AccountNotifications notifications;

    private boolean legal1 = true;
    private boolean legal2 = true;
    private Transmission transmission = Transmission.EMAIL_AND_PAPER;

    private List<Couple> writeTo = List.of();
    private int recipients;
    private String subject;
    private String text;
    /** Identifies the message form that was opened: sending it twice queues nothing more. */
    private String requestId;

    @Override
    protected AccountKind audience() {
        return AccountKind.GUARDIAN;
    }

    @Override
    public AccountState[] shownStates() {
        return STATES.clone();
    }

    @Override
    protected AccountFilter filter(Long division, AccountState[] states) {
        Set<LegalRank> ranks = EnumSet.noneOf(LegalRank.class);
        if (legal1) {
            ranks.add(LegalRank.FIRST);
        }
        if (legal2) {
            ranks.add(LegalRank.SECOND);
        }
        return new AccountFilter(division, ranks, states == null ? null : Set.of(states), null, null);
    }

    @Override
    protected long count(String actor, long establishmentId, AccountFilter filter) {
        return directory.countGuardianCouples(actor, establishmentId, filter);
    }

    @Override
    protected List<GuardianCoupleRow> page(String actor, long establishmentId, AccountFilter filter, int first,
                                           int max) {
        return directory.guardianCouples(actor, establishmentId, filter, first, max);
    }

    @Override
    protected List<Couple> keys(String actor, long establishmentId, AccountFilter filter) {
        return directory.guardianCoupleKeys(actor, establishmentId, filter);
    }

    @Override
    protected String key(GuardianCoupleRow row) {
        return row.key();
    }

    @Override
    protected String key(Couple couple) {
        return couple.key();
    }

    @Override
    protected Couple couple(GuardianCoupleRow row) {
        return row.couple();
    }

    @Override
    protected RunSummary notifySelection(String actor, long establishmentId, List<Couple> selection) {
        return notifications.notifyGuardians(actor, establishmentId, selection, transmission);
    }

    @Override
    protected long startWholeSchool(String actor, long establishmentId, AccountFilter filter) {
        return wholeSchool.start(actor, establishmentId, AccountKind.GUARDIAN, filter, transmission, false);
    }

    @Override
    public String getConfirmText() {
        String how = MassText.text("transmission." + transmission.name());
        return isWholeSchool() ? MassText.text("notify.confirmWholeSchool", getSelectedCount(), how)
                : MassText.text("notify.confirm", getSelectedCount(), how);
    }

    // --- « Écrire à plusieurs responsables » ---------------------------------------------------------------------

    /** Opens the message form for the selected guardians: how many have an address, and a new form identifier. */
    public void openWrite() {
        writeTo = new ArrayList<>(selectedCouples());
        try {
            recipients = notifications.freeMessageRecipients(actor(), establishmentId(), writeTo).size();
        } catch (AccessDeniedException e) {
            PageMessages.refused(MassText.text("denied"));
            return;
        }
        requestId = UUID.randomUUID().toString();
        PrimeFaces.current().executeScript("PF('writeDialog').show()");
    }

    /** « Envoyer »: one e-mail per guardian; what was typed stays when it is refused. */
    public void send() {
        try {
            int queued = notifications.writeToGuardians(actor(), establishmentId(), writeTo, subject, text,
                    requestId);
            if (queued == 0 && recipients > 0) {
                PageMessages.warn(MassText.text("write.alreadySent"));
            } else {
                PageMessages.info(MassText.text("write.sent", queued));
            }
            subject = null;
            text = null;
            PrimeFaces.current().ajax().update("mass:messages");
            PrimeFaces.current().executeScript("PF('writeDialog').hide()");
        } catch (AccountRuleViolation e) {
            PageMessages.refused(e.getMessage());
        } catch (AccessDeniedException e) {
            PageMessages.refused(MassText.text("denied"));
        }
    }

    public boolean isLegal1() {
        return legal1;
    }

    public void setLegal1(boolean legal1) {
        this.legal1 = legal1;
    }

    public boolean isLegal2() {
        return legal2;
    }

    public void setLegal2(boolean legal2) {
        this.legal2 = legal2;
    }

    public Transmission getTransmission() {
        return transmission;
    }

    public void setTransmission(Transmission transmission) {
        this.transmission = transmission;
    }

    public Transmission[] getTransmissions() {
        return Transmission.values();
    }

    public int getRecipients() {
        return recipients;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
