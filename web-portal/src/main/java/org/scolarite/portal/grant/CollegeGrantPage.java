package org.scolarite.portal.grant;

import jakarta.enterprise.context.ApplicationScoped;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.portal.navigation.ServicePage;

/** « Bourse de collège » in the menu where the service is open for the child (R-BOURSE-2; collèges only, R-SVC-2). */
@ApplicationScoped
public class CollegeGrantPage implements ServicePage {

    @Override
    public ServiceKey service() {
        return ServiceKey.of(NationalService.COLLEGE_GRANT);
    }

    @Override
    public String viewId() {
        return "/bourse-college.xhtml";
    }
}
