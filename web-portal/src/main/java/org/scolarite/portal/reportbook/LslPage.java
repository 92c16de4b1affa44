package org.scolarite.portal.reportbook;

import jakarta.enterprise.context.ApplicationScoped;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.portal.navigation.ServicePage;

/** « Livret scolaire du lycée » in the menu where the service is open for the child (R-PORTAL-5, R-LSL-1). */
@ApplicationScoped
public class LslPage implements ServicePage {

    @Override
    public ServiceKey service() {
        return ServiceKey.of(NationalService.LSL);
    }

    @Override
    public String viewId() {
        return "/livret-lycee.xhtml";
    }
}
