package org.scolarite.portal.grades;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import org.scolarite.grades.boundary.GradeBookFrame;
import org.scolarite.grades.boundary.PortalGrades;
import org.scolarite.portal.navigation.KeptValues;

/**
 * The grades page's frame (publication setting, placement, period filter, « équipe pédagogique ») of each child this
 * session viewed the grades of, kept while still right ({@link KeptValues}: nothing written on this server, the same
 * day, a minute at most). A family browsing the grades asks the page again at each period, subject or tile; the
 * frame, four of the page's five queries with the costliest, only changes with the school's data, its settings or the
 * day. The caller has checked the child (the portal's access filter).
 */
@SessionScoped
public class KeptFrames extends KeptValues<KeptFrames.Asked, GradeBookFrame> {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PortalGrades grades;

    public GradeBookFrame frame(long studentId, long establishmentId) {
        return kept(new Asked(studentId, establishmentId), () -> grades.frame(studentId, establishmentId));
    }

    record Asked(long studentId, long establishmentId) {
    }
}
