package org.scolarite.portal.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.portal.navigation.ServicePage;

/** « Inscription en ligne » in the menu where the service is open for the child and the account is a guardian's. */
@ApplicationScoped
public class EnrolmentServicePage implements ServicePage {

    @Override
    public ServiceKey service() {
        return ServiceKey.of(NationalService.ENROLMENT);
    }

    @Override
    public String viewId() {
        return "/inscription.xhtml";
    }
}
