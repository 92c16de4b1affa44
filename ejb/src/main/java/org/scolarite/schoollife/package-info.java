/**
 * Vie scolaire (school life): what a pupil and his guardians see of the school-life module's events.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>R-VS-1: absences (from/to, half-days, justified or not, reason), lateness (when, minutes, justified, reason),
 * punishments, sanctions and prevention/support measures. Absences, lateness and punishments are shown only when
 * flagged « publiable en ligne », sanctions only when « famille avisée », measures always
 * ({@link org.scolarite.schoollife.entity.SchoolLifePublication}). Absences also as half-days per week for the chosen
 * month, period or year ({@link org.scolarite.schoollife.entity.AbsenceWeeks},
 * {@link org.scolarite.schoollife.entity.SchoolLifeRange}; default: the current period, as R-NOTES-3). D+1: the events
 * arrive with the nightly replication (R-REPL-1).</li>
 * <li>R-SVC-3: the service needs the school-life module; R-ACC-9: a pupil whose access was removed loses it. Both
 * are the menu's decision; the portal refuses the page and {@link org.scolarite.schoollife.boundary.SchoolLifeJournal}
 * refuses the call as well.</li>
 * <li>R-PORTAL-6: the home's tile « n demi-journées d'absence ce trimestre »
 * ({@link org.scolarite.schoollife.boundary.SchoolLifeNews}).</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>Authorised non-attendance (dispensations, internships, trips) and academic reports are never shown: the feed
 * ({@code TS_VIE_SCOLAIRE}, docs/feeds/vie-scolaire.md) skips their sections unread, so they are not stored at all
 * and no query, present or future, can leak them.</li>
 * <li>The publication rule is applied once, when an event is written (replication feed, demo seeding), into the
 * stored {@code shown} column; every family query filters on it (index student, shown, kind, date). Hidden events
 * are never loaded into the portal's memory, so they cannot reach a page by mistake. The raw flags are kept beside
 * it for the record.</li>
 * <li>One table for the five kinds: a page is one query whatever the kinds, and the kinds share almost every column.</li>
 * <li>The news tile counts the whole current period (the SPEC's « ce trimestre »), not since the last login.</li>
 * <li>An absence's half-days count in the week of its first day: the export gives them for the whole absence.</li>
 * <li>« Contacter la vie scolaire »: the establishment's {@code vie-scolaire…} (or {@code cpe…}) mailbox, else the
 * contact link's mailbox while active ({@link org.scolarite.schoollife.entity.SchoolLifeContact}), and the phone.</li>
 * </ul>
 */
package org.scolarite.schoollife;
