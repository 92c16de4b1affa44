/**
 * Figures about accounts and accesses (SPEC §6), computed with set-based SQL — grouped counts, never entities loaded
 * to be counted — so that an establishment's page stays fast and the académie dashboard scales. The console home's
 * counts per account state ({@code EstablishmentDashboard}), and the syntheses:
 * <ul>
 * <li>R-STAT-1 « Synthèse comptes élèves »: enrolled pupils (no departure before today), by the state of their live
 * pupil account; none, or a deleted one (CLOSED, R-ACC-6), reads « non notifié ». Establishment line, then a table per
 * MEF with a line per division and a « Somme » row ({@code entity.MefTable#sum}); % = used / pupils, two decimals
 * ({@code entity.Ratio}).</li>
 * <li>R-STAT-2 « Synthèse comptes responsables »: persons légal 1 or 2 of an enrolled pupil who did not refuse access
 * for him (R-ACC-9), each by the most advanced state of his accesses (the live account opening that pupil for him,
 * R-PORTAL-8 regroupings included): not notified / notified or activating (of which notified inside the current
 * school year, {@code entity.SchoolYearWindow}) / used; % of guardians with a used account; % of pupils with at least
 * one such guardian whose used account opens them. A guardian of pupils in two divisions counts in each division's
 * line (and so twice in a « Somme », which adds the lines as the guides do) but once in the establishment line.</li>
 * <li>R-STAT-3 « Synthèse accès téléservices »: the access log of navigation (portal_access) read directly — real
 * time, no nightly summary — by month of the school year, by service category ({@code entity.ServiceCategory}) and by
 * MEFSTAT, guardians and pupils apart.</li>
 * <li>The académie dashboard: the same establishment lines for every establishment of the académie, ACADEMY role
 * only; the other syntheses for the establishment's head, delegates and the académie (checked on every call).</li>
 * </ul>
 * Decisions: the SQL is plain JDBC (control, testable on H2 and PostgreSQL without a container) and portable:
 * SUM(CASE…) rather than FILTER, derived tables rather than WITH. The guardians' figures take one pass over the links
 * (a person's most advanced state is read from distinct counts at each progress); an establishment's accesses one
 * grouped pass, read from the covering index of V17 — {@code bin/bench-statistics} measures them at the académie's
 * size. Rules (percentages, sums, the school-year window, categories) are records in {@code entity}.
 */
package org.scolarite.statistics;
