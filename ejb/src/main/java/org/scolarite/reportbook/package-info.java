/**
 * Report books (SPEC §8): the Livret scolaire du lycée (R-LSL-1) and the Livret scolaire CP–3e (R-LSU-1).
 *
 * <p>Rules, in {@code entity}: the LSL shows a tile only where data exists, « Enseignements » per school year from
 * Première (a year of another level is rejected by the feed), discipline tiles grouped as in the paper book
 * ({@link org.scolarite.reportbook.entity.DisciplineGroup}), « Avis examen » only once entered for the current school
 * year, « Scolarité » since 6e ({@link org.scolarite.reportbook.entity.LslBook}); the LSU lists the periodic reports by
 * year and period and every end-of-cycle assessment with the eight components of the socle, in their order, a
 * component not assessed showing without level ({@link org.scolarite.reportbook.entity.CycleAssessment}).
 *
 * <p>Decisions: the books are replicated from two feeds ({@code TS_LIVRET_LYCEE}, {@code TS_LIVRET_CP3E},
 * docs/feeds/) into tables of their own (V23), read with a fixed number of queries per page, never one per report
 * ({@link org.scolarite.reportbook.control.ReportBookQueries}); the portal's access filter decides who reads which
 * child (R-PORTAL-5, R-ACC-9): the boundary only receives checked children. The PDF of the LSU is streamed, never
 * stored ({@link org.scolarite.reportbook.control.LsuPdf}). News: one COUNT over the books' heads changed since the
 * previous sign-in ({@code replicated_at}, the run that wrote them).
 */
package org.scolarite.reportbook;
