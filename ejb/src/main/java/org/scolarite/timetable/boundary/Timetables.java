package org.scolarite.timetable.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.entity.Setting;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.timetable.control.TimetableQueries;
import org.scolarite.timetable.entity.Session;
import org.scolarite.timetable.entity.TimetableWeek;
import org.scolarite.timetable.entity.TimetableWindow;

/**
 * The portal's timetable (R-EDT-1, R-EDT-2): one week of the shown child's timetable, within the weeks the
 * establishment shows families today (its setting, effective D+1). The family view is the one the portal's access
 * filter computed and checked for this request (child opened by the account, service open for him, R-ACC-9); it is
 * checked again here so that no other caller can read a timetable the menu would not show. A week asked outside the
 * window is a crafted request: logged, and the nearest allowed week is shown instead.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Timetables {

    private static final Logger LOG = Logger.getLogger(Timetables.class.getName());
    private static final ServiceKey TIMETABLE = ServiceKey.of(NationalService.TIMETABLE);
    /** The grid spans at least the usual school day; earlier or later sessions widen it. */
    private static final int FIRST_HOUR = 8;
    private static final int LAST_HOUR = 18;

    @Inject
    private TimetableQueries queries;

    @Inject
    private EstablishmentSettings settings;

    @Inject
    private Clock clock;

    /** {@code askedWeek}: 0 for the current week, null for it too. */
    public TimetableView week(FamilyView view, Integer askedWeek) {
        if (!view.hasChild() || view.establishmentId() == null || !view.menu().allows(TIMETABLE)) {
            LOG.warning(() -> "Emploi du temps refusé : compte " + view.username() + ", élève "
                    + (view.hasChild() ? view.child().studentId() : null) + " (" + (view.hasChild()
                    ? view.menu().decision(TIMETABLE) : "aucun enfant") + ")");
            throw new AccessDeniedException("Emploi du temps non ouvert pour cet élève");
        }
        long studentId = view.child().studentId();
        TimetableWindow window = TimetableWindow.of(LocalDate.now(clock),
                settings.effectiveToday(view.establishmentId(), Setting.TIMETABLE).weeks());
        int week = askedWeek == null ? 0 : askedWeek;
        if (!window.allows(week)) {
            int asked = week;
            week = window.clamp(week);
            LOG.warning(() -> "Emploi du temps : compte " + view.username() + " a demandé la semaine " + asked
                    + " hors des " + window.weeks() + " semaines ouvertes (élève " + studentId + ")");
        }
        LocalDate monday = window.monday(week);
        LocalDate sunday = monday.plusDays(6);
        List<Session> sessions = TimetableWeek.sessions(monday,
                queries.courses(studentId, view.establishmentId(), monday, sunday),
                queries.changes(studentId, view.establishmentId(), monday, sunday));
        List<TimetableView.Day> days = new ArrayList<>();
        for (LocalDate day : TimetableWeek.days(monday, sessions)) {
            days.add(new TimetableView.Day(day, sessions.stream().filter(s -> s.date().equals(day)).toList()));
        }
        int first = Math.min(FIRST_HOUR, sessions.stream().mapToInt(s -> s.start() / 60).min().orElse(FIRST_HOUR));
        int last = Math.max(LAST_HOUR, sessions.stream().mapToInt(s -> (s.end() + 59) / 60).max().orElse(LAST_HOUR));
        return new TimetableView(week, window.weeks(), monday, days, first, last);
    }
}
