package org.scolarite.admin.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.scolarite.catalog.entity.AcademicService;
import org.scolarite.catalog.entity.Audience;

/** An academic service as the académie's list shows it, with the names of its pilot schools. */
public record AcademicServiceRow(long id, String label, String url, Audience audience, boolean mandatory,
                                 boolean experimental, Set<Long> pilotIds, List<String> pilotNames, long version)
        implements Serializable {

    static AcademicServiceRow of(AcademicService service, List<String> pilotNames) {
        return new AcademicServiceRow(service.getId(), service.getLabel(), service.getUrl(), service.getAudience(),
                service.isMandatory(), service.isExperimental(), service.getPilotEstablishmentIds(), pilotNames,
                service.getVersion());
    }

    public String pilotList() {
        return String.join(", ", pilotNames);
    }
}
