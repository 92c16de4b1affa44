/**
 * Grades (« Notes »): when the grades entered by teachers become visible to pupils and guardians.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>R-NOTES-1 (Configuration Notes, only while the Notes service is open): the establishment publishes
 * « au fil de l'eau » ({@link org.scolarite.grades.entity.PublicationMode#CONTINUOUS}: a grade is visible the day
 * after it was entered, for the whole establishment) or « à échéance »
 * ({@link org.scolarite.grades.entity.PublicationMode#DEADLINES}: deadline dates per (MEF, division); a grade is shown
 * only once a deadline D ≤ today exists for its (MEF, division) and the teacher's publication date is ≤ D — teacher
 * date 13/12 with deadline 12/12 stays hidden). {@link org.scolarite.grades.entity.GradeVisibilityPolicy}.</li>
 * <li>R-NOTES-2: dates are added or removed with a calendar then a multi-select of (MEF, division) couples; switching
 * from « à échéance » to « au fil de l'eau » deletes every date and so asks for confirmation, the other way does not;
 * default « au fil de l'eau ». {@link org.scolarite.grades.entity.GradesPublication}.</li>
 * <li>R-NOTES-3 (portal « Notes »): the current period by default, filters period (each period, each month begun,
 * « toutes les périodes », {@link org.scolarite.grades.entity.PeriodChoice}) and subject; columns subject and teacher,
 * label, date, grade or ABS / N.NOT / DIS ({@link org.scolarite.grades.entity.GradeMark}), class average, lowest,
 * highest ({@link org.scolarite.grades.entity.ClassFigures}), coefficient, « noté sur »; only the grades visible today
 * ({@link org.scolarite.grades.entity.GradeList}); subject tiles orange when they hold grades new since the previous
 * sign-in; « Équipe pédagogique » (teachers per subject, professeur principal).
 * {@link org.scolarite.grades.boundary.PortalGrades}.</li>
 * <li>R-PORTAL-6: « n nouvelles notes » on the home ({@link org.scolarite.grades.boundary.GradesNews},
 * {@link org.scolarite.grades.entity.NewGrades}).</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>The setting is a value, {@code GradesPublication}, not an entity: it is stored as JSON (JSON-B) in the
 * versioned settings table, so it is made of immutable records, lists, dates, an enum and ids, and each change
 * returns a new value that the settings service stores as a new version (effective the next day, R-SET-2).</li>
 * <li>Deadlines are kept sorted by (MEF, division, date) and without duplicates by the canonical constructor, so two
 * equal settings have the same JSON and a value read back is equal to the one written, whatever the order of the
 * stored list. « Au fil de l'eau » with dates is refused there too: switching to it deletes them, so such a value
 * can only come from corrupted data.</li>
 * <li>Couples are referred to by the ids of the MEF and of the division ({@code ClassCouple}); whether they belong to
 * the establishment and the bounds of its current school year are for the service to supply.</li>
 * <li>When a teacher gave no publication date, the entry date stands for it. Whatever the mode, a grade is never
 * visible on the day it was entered: the portal is fed the next day.</li>
 * <li>{@code GradeVisibilityPolicy.visibleFrom} gives the first day a grade is visible and {@code isVisible} is
 * derived from it, so the portal's list and its « new since the last login » highlight (R-NOTES-3) cannot
 * disagree.</li>
 * <li>Assessments and grades are written by the replication (feed {@code Notes.xml}, docs/feeds/notes.md) and the demo
 * seeding in bulk, and read by the portal in one grouped query per page view ({@code GradeBookQueries}): plain JDBC
 * rows, not JPA entities — nothing edits them one by one. Visibility is never stored: it depends on the setting in
 * effect today (R-SET-2), applied by {@code GradeVisibilityPolicy} when the page is read.</li>
 * <li>Class figures are « over the visible grades of the division »: the query sums up each assessment's grades per
 * (MEF, division) couple of the graded pupils, and only the couples whose grades are visible today enter the average,
 * lowest and highest — « à échéance » a couple without its deadline yet does not show through an average. Statuses
 * (ABS, N.NOT, DIS) never count. The average is exact ({@code BigDecimal}), rounded half-up to two decimals.</li>
 * <li>A pupil's own grades follow his current (MEF, division) couple, also for an assessment of a group or of a
 * division he has left.</li>
 * <li>A request for a period the child's division does not have, or for one grade ({@code devoir}) that is not his or
 * not visible today, is refused (403) and logged by the page: only a forged URL asks for them. Another family's child,
 * a closed service and a pupil whose access was removed (R-ACC-9) are refused earlier by the portal's access
 * filter.</li>
 * </ul>
 */
package org.scolarite.grades;
