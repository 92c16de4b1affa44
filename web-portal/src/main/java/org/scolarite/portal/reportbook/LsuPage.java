package org.scolarite.portal.reportbook;

import jakarta.enterprise.context.ApplicationScoped;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.portal.navigation.ServicePage;

/**
 * « Livret scolaire » (CP–3e) in the menu where the service is open for the child (R-PORTAL-5, R-LSU-1). Its PDF is
 * the same page with {@code ?format=pdf}: the access filter checks it like the page (another family's child, a closed
 * service, a pupil whose access was removed: 403, logged).
 */
@ApplicationScoped
public class LsuPage implements ServicePage {

    @Override
    public ServiceKey service() {
        return ServiceKey.of(NationalService.LSU);
    }

    @Override
    public String viewId() {
        return "/livret-cp-3e.xhtml";
    }
}
