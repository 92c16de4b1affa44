package org.scolarite.portal.grades;

import jakarta.enterprise.context.RequestScoped;
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
import org.scolarite.grades.entity.SubjectTile;
import org.scolarite.grades.entity.TeamMember;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.portal.faces.Choice;
import org.scolarite.portal.navigation.CurrentFamily;
import org.scolarite.portal.navigation.PortalVisits;
import org.scolarite.portal.navigation.RefusalPage;

/**
 * « Notes » (R-NOTES-1, R-NOTES-3): the checked child's published grades for the period asked (« periode »: a period,
 * a month or « tout »; the current period by default) and subject (« matiere »), or one grade alone (« devoir »).
 * A period the child does not have, or a grade that is not his or not published, is refused (403) and logged: only a
 * forged URL asks for them.
 */
@Named("portalGrades")
@RequestScoped
public class GradesBacking {

    private static final Logger LOG = Logger.getLogger(GradesBacking.class.getName());

    @Inject
    private CurrentFamily family;

    @Inject
    private PortalVisits visits;

    @Inject
    private PortalGrades grades;

    @Inject
    private KeptFrames frames;

    private GradeBookFrame frame;

    private GradesPage page;

    /** The table's lines, formatted once per request (the page reads them several times). */
    private List<GradeRow> rows;

    /** One grade asked alone (« devoir », the link of each line): the page shows it with a way back to the list. */
    private boolean single;

    /** The page's view action: before anything is written, so that a refusal can still answer « 403 ». */
    public void load() throws IOException {
        FamilyView view = family.getView();
        if (view == null || !view.hasChild()) {
            return;
        }
        visits.viewed(ServiceKey.of(NationalService.GRADES));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String period = external.getRequestParameterMap().get("periode");
        String subject = external.getRequestParameterMap().get("matiere");
        String assessment = external.getRequestParameterMap().get("devoir");
        try {
            Long assessmentId = assessment == null || assessment.isBlank() ? null : Long.valueOf(assessment.strip());
            single = assessmentId != null;
            long studentId = view.child().studentId();
            frame = frames.frame(studentId, view.establishmentId());
            page = grades.page(frame, studentId, view.previousLoginAt(), period, subject, assessmentId);
        } catch (GradesRequestRefused | NumberFormatException refused) {
            String asked = String.valueOf(refused.getMessage()).replaceAll("[^\\p{L}\\p{N}=,:()_. «»’-]", "?");
            LOG.warning(() -> "Accès refusé aux notes : compte " + view.username() + " a demandé " + asked);
            RefusalPage.write((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                    "default");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public boolean isSingle() {
        return single;
    }

    public boolean isLoaded() {
        return page != null;
    }

    /** The period filter's options: the periods, the months begun, « toutes les périodes »; the one shown selected. */
    public List<Choice> getPeriodChoices() {
        String all = ResourceBundle.getBundle(GradesTableComponent.BUNDLE,
                FacesContext.getCurrentInstance().getViewRoot().getLocale()).getString("grades.filter.allPeriods");
        String shown = page.period().key();
        return frame.periods().options().stream().map(p -> new Choice(p.key(),
                p.kind() == PeriodChoice.Kind.ALL ? all : p.label(), p.key().equals(shown))).toList();
    }

    /** The subject filter's options after « toutes les matières »: the tiles' subjects, the one chosen selected. */
    public List<Choice> getSubjectChoices() {
        String chosen = page.subjectCode();
        return page.list().tiles().stream().map(t -> new Choice(t.subjectCode(), t.subjectLabel(),
                t.subjectCode().equals(chosen))).toList();
    }

    public PeriodChoice getPeriod() {
        return page.period();
    }

    public String getSubject() {
        return page.subjectCode();
    }

    public List<SubjectTile> getTiles() {
        return page.list().tiles();
    }

    public List<GradeRow> getGrades() {
        if (rows == null) {
            rows = page.list().grades().stream().map(GradeRow::of).toList();
        }
        return rows;
    }

    public List<TeamMember> getTeam() {
        return frame.team();
    }

}
