package org.scolarite.portal.payment;

import jakarta.enterprise.context.ApplicationScoped;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.portal.navigation.ServicePage;

/** « Paiement des factures » in the menu where the school opened it (R-SVC-2, R-PAY-2); guardians only. */
@ApplicationScoped
public class PaymentServicePage implements ServicePage {

    static final String VIEW_ID = "/factures.xhtml";

    @Override
    public ServiceKey service() {
        return ServiceKey.of(NationalService.PAYMENT);
    }

    @Override
    public String viewId() {
        return VIEW_ID;
    }
}
