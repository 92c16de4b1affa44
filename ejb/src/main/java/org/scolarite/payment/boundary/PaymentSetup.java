package org.scolarite.payment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.scolarite.payment.entity.TipiClient;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.boundary.SettingView;
import org.scolarite.settings.entity.PaymentSettings;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;

/**
 * « Paiement en ligne des factures » set-up (R-PAY-1): the head or the accountant types the TIPI client number, the
 * console shows the name the reference list gives for it so that he confirms it is his school, then saves.
 */
@Stateless
public class PaymentSetup {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private StaffDirectory staff;

    @Inject
    private EstablishmentSettings settings;

    /** The establishment name the reference list gives for this number, if any. */
    public Optional<String> lookUp(String actor, long establishmentId, String clientNumber) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.ACCOUNTANT);
        String number = clientNumber == null ? "" : clientNumber.strip();
        return Optional.ofNullable(em.find(TipiClient.class, number)).map(TipiClient::getEstablishmentName);
    }

    /** Saves the settings once the number is known to the reference list; effective the next day. */
    public SettingView<PaymentSettings> save(String actor, long establishmentId, PaymentSettings typed,
                                             int basedOnRevision) {
        PaymentSettings checked = Setting.PAYMENT.validate(typed);
        if (lookUp(actor, establishmentId, checked.tipiClientNumber()).isEmpty()) {
            throw new SettingRejected("tipiClientNumber", "Le numéro de client TIPI "
                    + checked.tipiClientNumber() + " est inconnu du référentiel\u00a0: vérifiez-le auprès de la DDFiP.");
        }
        return settings.save(actor, establishmentId, Setting.PAYMENT, checked, basedOnRevision);
    }
}
