/**
 * Emploi du temps (timetable): the weekly courses of divisions and groups and their dated changes, replicated from
 * the timetabling software's export (TS_EMPLOI_DU_TEMPS, docs/feeds/emploi-du-temps.md), shown to pupils and guardians.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>R-EDT-1: the establishment sets the number of weeks shown, the current week included ({@code Setting.TIMETABLE},
 * effective D+1, not editable while the service is closed). {@link org.scolarite.timetable.entity.TimetableWindow}:
 * from the Monday of the current week; a week asked outside it is brought back to the nearest one and logged.</li>
 * <li>R-EDT-2: a pupil's timetable is his division's courses and his groups' ({@code student_group}), each held on
 * its day within its validity dates, in every week or in weeks A (odd ISO weeks) or B (even ones)
 * ({@link org.scolarite.timetable.entity.Alternation}); dated changes are applied: a cancelled course struck through,
 * a moved course struck through in its place and shown in its new one, a room change in place, an added session
 * ({@link org.scolarite.timetable.entity.TimetableWeek}).</li>
 * <li>R-SVC-2: the service exists only for establishments in the timetable perimeter
 * ({@code NationalService.TIMETABLE.isOfferedTo}); the demo collège is in it, the demo lycée is not.</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>The subject label and the teachers' names are stored with the course as the software exports them: the page
 * reads two queries (courses, changes with their course joined) whatever the number of groups, without joining the
 * nomenclature or STS. The feed still rejects a subject missing from the nomenclature.</li>
 * <li>Times are minutes from midnight (same type on H2 and PostgreSQL, plain arithmetic for the grid).</li>
 * <li>Week A/B is the ISO week's parity rather than a calendar of its own: the feed documents it, and no second table
 * is needed. A school whose alternation breaks over the holidays exports its courses with split validity dates.</li>
 * <li>The boundary checks the family view again (child shown, service allowed) although the portal's filter already
 * refuses: no other caller can read a timetable the menu would not show.</li>
 * </ul>
 */
package org.scolarite.timetable;
