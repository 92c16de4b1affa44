package org.scolarite.portal.grades;

import jakarta.enterprise.context.ApplicationScoped;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.portal.navigation.ServicePage;

/** « Notes » in the menu where the service is open for the child (R-PORTAL-5); refused elsewhere by the filter. */
@ApplicationScoped
public class GradesServicePage implements ServicePage {

    @Override
    public ServiceKey service() {
        return ServiceKey.of(NationalService.GRADES);
    }

    @Override
    public String viewId() {
        return "/notes.xhtml";
    }
}
