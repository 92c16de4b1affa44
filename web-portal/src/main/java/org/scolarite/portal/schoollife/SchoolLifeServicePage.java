package org.scolarite.portal.schoollife;

import jakarta.enterprise.context.ApplicationScoped;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.portal.navigation.ServicePage;

/**
 * Registers « Vie scolaire » in the menu (R-PORTAL-5) where the service is open for the child (R-SVC-3: the school
 * uses the school-life module; R-ACC-9: access not removed); the access filter refuses the page everywhere else.
 */
@ApplicationScoped
public class SchoolLifeServicePage implements ServicePage {

    @Override
    public ServiceKey service() {
        return ServiceKey.of(NationalService.SCHOOL_LIFE);
    }

    @Override
    public String viewId() {
        return "/vie-scolaire.xhtml";
    }
}
