package org.scolarite.portal.timetable;

import jakarta.enterprise.context.ApplicationScoped;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.portal.navigation.ServicePage;

/** « Emploi du temps » in the menu where the service is open for the child (R-EDT-2, R-SVC-2: timetable perimeter). */
@ApplicationScoped
public class TimetablePage implements ServicePage {

    static final String VIEW_ID = "/emploi-du-temps.xhtml";

    @Override
    public ServiceKey service() {
        return ServiceKey.of(NationalService.TIMETABLE);
    }

    @Override
    public String viewId() {
        return VIEW_ID;
    }
}
