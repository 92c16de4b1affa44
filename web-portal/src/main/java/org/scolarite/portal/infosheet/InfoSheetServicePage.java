package org.scolarite.portal.infosheet;

import jakarta.enterprise.context.ApplicationScoped;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.portal.navigation.ServicePage;

/** « Fiche de renseignements » in the menu of guardians (a mandatory service, always open: R-FICHE-1, R-PORTAL-5). */
@ApplicationScoped
public class InfoSheetServicePage implements ServicePage {

    @Override
    public ServiceKey service() {
        return ServiceKey.of(NationalService.INFO_SHEET);
    }

    @Override
    public String viewId() {
        return "/fiche-renseignements.xhtml";
    }
}
