package org.scolarite.portal.timetable;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.portal.navigation.CurrentFamily;
import org.scolarite.portal.navigation.PortalVisits;
import org.scolarite.timetable.boundary.TimetableView;
import org.scolarite.timetable.boundary.Timetables;
import org.scolarite.timetable.entity.Alternation;
import org.scolarite.timetable.entity.Session;

/**
 * « Emploi du temps » (R-EDT-2): one week of the child's timetable, the week asked by « ?semaine= » (0 the current
 * one). The child, the service and the week are checked on the server: the access filter refuses another family's
 * child or a closed service, the service brings a week outside the allowed ones back into them (and logs it).
 */
@Named("timetable")
@RequestScoped
public class TimetableBacking {

    @Inject
    private CurrentFamily family;

    @Inject
    private Timetables timetables;

    @Inject
    private PortalVisits visits;

    private String week;

    private TimetableView view;

    /** The view action: the week is read before anything is written. */
    public void load() {
        view = timetables.week(family.getView(), parsedWeek());
        visits.viewed(ServiceKey.of(NationalService.TIMETABLE));
    }

    /** Not a number: a crafted value, sent to the service as a week outside the window (refused and logged there). */
    private Integer parsedWeek() {
        if (week == null || week.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(week.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public TimetableView getView() {
        return view;
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }

    /** « A » or « B »: the alternate weeks some courses follow. */
    public String getWeekLetter() {
        return Alternation.weekOf(view.monday()) == Alternation.WEEK_A ? "A" : "B";
    }

    public String dayLabel(LocalDate date) {
        return capitalised(date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", locale())));
    }

    /** The grid's column heading: « Lun. 30/11 » fits a fifth of a laptop screen. */
    public String gridDayLabel(LocalDate date) {
        return capitalised(date.format(DateTimeFormatter.ofPattern("EEE d/MM", locale())));
    }

    public String shortDay(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("EEEE d/MM", locale()));
    }

    public String longDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale()));
    }

    public String time(int minutes) {
        return Session.time(minutes);
    }

    /** The hours of the grid's scale, « 8 » to the last hour. */
    public List<Integer> getHours() {
        return IntStream.range(view.firstHour(), view.lastHour()).boxed().toList();
    }

    /**
     * Where a session sits in its day on the wide grid, as CSS variables (a phone lists the day and ignores them):
     * top and height from its times, left and width from its lane when sessions overlap.
     */
    public String position(Session session) {
        double span = (view.lastHour() - view.firstHour()) * 60.0;
        double top = (session.start() - view.firstHour() * 60) / span * 100;
        double height = (session.end() - session.start()) / span * 100;
        double width = 100.0 / session.lanes();
        return String.format(Locale.ROOT, "--top:%.3f%%;--height:%.3f%%;--left:%.3f%%;--width:%.3f%%", top, height,
                session.lane() * width, width);
    }

    public String statusClass(Session session) {
        return "edt-" + session.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
