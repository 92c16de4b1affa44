package org.scolarite.portal.schoollife;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.portal.navigation.CurrentFamily;
import org.scolarite.portal.navigation.PortalVisits;
import org.scolarite.schoollife.boundary.SchoolLifeJournal;
import org.scolarite.schoollife.boundary.SchoolLifePage;
import org.scolarite.schoollife.entity.SchoolLifeEvent;
import org.scolarite.schoollife.entity.SchoolLifeRange;

/**
 * « Vie scolaire » (R-VS-1) for the child the access filter checked ({@link CurrentFamily}): no pupil id is ever
 * read from the request. The range comes from the GET selector (« selection »: a period code, « aaaa-mm », « annee »);
 * a value the page does not offer gives the current period.
 */
@Named("schoolLife")
@RequestScoped
public class SchoolLifeBacking {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);

    @Inject
    private CurrentFamily family;

    @Inject
    private SchoolLifeJournal journal;

    @Inject
    private PortalVisits visits;

    private SchoolLifePage page;

    /** The page's view action. */
    public void load() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("selection");
        page = journal.page(family.getView(), asked);
        visits.viewed(ServiceKey.of(NationalService.SCHOOL_LIFE));
    }

    public SchoolLifePage getPage() {
        return page;
    }

    /** The months of the selector, as (value, label): « 2026-10 », « octobre 2026 ». */
    public List<Option> getMonths() {
        return page.choices().months().stream().map(m -> new Option(m.toString(), label(m))).toList();
    }

    public String getYearKey() {
        return SchoolLifeRange.YEAR;
    }

    /** « lun. 16 nov. 2026 ». */
    public String day(LocalDate day) {
        return day == null ? "" : day.format(DAY);
    }

    /** « 16 nov. » (the weeks of the summary). */
    public String shortDay(LocalDate day) {
        return day.format(SHORT_DAY);
    }

    /** « 08h12 ». */
    public String time(LocalDateTime time) {
        return time == null ? "" : time.format(TIME);
    }

    /** An absence's extent: « 13h30 – 17h00 » within a day, « jusqu'au mar. 17 nov. 2026, 17h00 » over several. */
    public String until(SchoolLifeEvent absence) {
        if (absence.getStartsAt() == null || absence.getEndsAt() == null) {
            return "";
        }
        if (absence.getEndsAt().toLocalDate().equals(absence.getStartsAt().toLocalDate())) {
            return time(absence.getStartsAt()) + " – " + time(absence.getEndsAt());
        }
        return time(absence.getStartsAt()) + " – " + day(absence.getEndsAt().toLocalDate()) + ", "
                + time(absence.getEndsAt());
    }

    /** The bar of a week in the summary, in % of the busiest week (at least a sliver for a non-zero week). */
    public int barWidth(int halfDays) {
        int max = page.weeks().stream().mapToInt(w -> w.halfDays()).max().orElse(0);
        return max == 0 || halfDays == 0 ? 0 : Math.max(4, halfDays * 100 / max);
    }

    private static String label(YearMonth month) {
        return month.atDay(1).format(MONTH);
    }

    /** One choice of the selector. */
    public record Option(String value, String label) {
        public String getValue() { return value; }
        public String getLabel() { return label; }
    }
}
