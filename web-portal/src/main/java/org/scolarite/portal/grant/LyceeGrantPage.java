package org.scolarite.portal.grant;

import jakarta.enterprise.context.ApplicationScoped;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.portal.navigation.ServicePage;

/** « Bourse de lycée » in the menu where the service is open for the child (R-BOURSE-2; lycée-grant perimeter). */
@ApplicationScoped
public class LyceeGrantPage implements ServicePage {

    @Override
    public ServiceKey service() {
        return ServiceKey.of(NationalService.LYCEE_GRANT);
    }

    @Override
    public String viewId() {
        return "/bourse-lycee.xhtml";
    }
}
