package org.scolarite.portal.grades;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.grades.boundary.GradeBookFrame;
import org.scolarite.grades.boundary.GradesPage;
import org.scolarite.grades.boundary.GradesRequestRefused;
import org.scolarite.grades.boundary.PortalGrades;
import org.scolarite.grades.entity.PeriodChoice;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.people.boundary.ChildSummary;
import org.scolarite.portal.faces.Choice;
import org.scolarite.portal.navigation.CurrentFamily;
import org.scolarite.portal.navigation.PortalVisits;
import org.scolarite.portal.navigation.RefusalPage;

/**
 * « Notes » (R-NOTES-1, R-NOTES-3): the checked child's published grades for the period asked (« periode »: a period,
 * a month or « tout »; the current period by default) and subject (« matiere »), or one grade alone (« devoir »).
 * A period the child does not have, or a grade that is not his or not published, is refused (403) and logged: only a
 * forged URL asks for them.
 * <p>Shared rather than request-scoped, because this is the portal's busiest page: Payara scans a bean's class for
 * resources to inject each time it creates one, which the load test of [P2] measured at a few percent of a page view.
 * What one request found lives in its {@link FacesContext}'s attributes.
 */
@Named("portalGrades")
@ApplicationScoped
public class GradesBacking {

    private static final Logger LOG = Logger.getLogger(GradesBacking.class.getName());

    /** The request's {@link GradeBook}, among the FacesContext's attributes. */
    private static final String BOOK = GradesBacking.class.getName() + ".book";

    @Inject
    private CurrentFamily family;

    @Inject
    private PortalVisits visits;

    @Inject
    private PortalGrades grades;

    @Inject
    private KeptFrames frames;

    /** The page's view action: before anything is written, so that a refusal can still answer « 403 ». */
    public void load() throws IOException {
        FamilyView view = family.getView();
        if (view == null || !view.hasChild()) {
            return;
        }
        visits.viewed(ServiceKey.of(NationalService.GRADES));
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String period = external.getRequestParameterMap().get("periode");
        String subject = external.getRequestParameterMap().get("matiere");
        String assessment = external.getRequestParameterMap().get("devoir");
        try {
            Long assessmentId = assessment == null || assessment.isBlank() ? null : Long.valueOf(assessment.strip());
            long studentId = view.child().studentId();
            GradeBookFrame frame = frames.frame(studentId, view.establishmentId());
            GradesPage page = grades.page(frame, studentId, view.previousLoginAt(), period, subject, assessmentId);
            // One grade asked alone (« devoir », the link of each line) is shown with a way back to the list.
            faces.getAttributes().put(BOOK, book(faces, frame, page, assessmentId != null));
        } catch (GradesRequestRefused | NumberFormatException refused) {
            String asked = String.valueOf(refused.getMessage()).replaceAll("[^\\p{L}\\p{N}=,:()_. «»’-]", "?");
            LOG.warning(() -> "Accès refusé aux notes : compte " + view.username() + " a demandé " + asked);
            RefusalPage.write((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                    "default");
            faces.responseComplete();
        }
    }

    /** What the page shows under its title (see {@link GradeBookComponent}): what the view action found. */
    public GradeBook getBook() {
        GradeBook book = (GradeBook) FacesContext.getCurrentInstance().getAttributes().get(BOOK);
        return book == null ? GradeBook.empty(childName()) : book;
    }

    private GradeBook book(FacesContext faces, GradeBookFrame frame, GradesPage page, boolean single) {
        String all = ResourceBundle.getBundle(GradeBookComponent.BUNDLE, faces.getViewRoot().getLocale())
                .getString("grades.filter.allPeriods");
        PeriodChoice shown = page.period();
        List<Choice> periods = frame.periods().options().stream().map(p -> new Choice(p.key(),
                p.kind() == PeriodChoice.Kind.ALL ? all : p.label(), p.key().equals(shown.key()))).toList();
        String subject = page.subjectCode();
        List<Choice> subjects = page.list().tiles().stream().map(t -> new Choice(t.subjectCode(), t.subjectLabel(),
                t.subjectCode().equals(subject))).toList();
        List<GradeRow> rows = page.list().grades().stream().map(GradeRow::of).toList();
        return new GradeBook(childName(), true, periods, subjects, single, page.list().tiles(), shown.key(),
                shown.kind() == PeriodChoice.Kind.ALL, subject, rows, frame.team());
    }

    /** « Léa Durand — 5E2 », beside the title. */
    private String childName() {
        ChildSummary child = family.getChild();
        if (child == null) {
            return null;
        }
        String name = child.firstName() + " " + child.lastName();
        return child.division() == null || child.division().isEmpty() ? name : name + " — " + child.division();
    }
}
