/**
 * The report books' portal pages (R-LSL-1, R-LSU-1): « Livret scolaire du lycée » ({@code /livret-lycee.xhtml}) and
 * « Livret scolaire » CP–3e ({@code /livret-cp-3e.xhtml}, its PDF with {@code ?format=pdf}).
 *
 * <p>Decisions: each page registers itself as a {@link org.scolarite.portal.navigation.ServicePage}, so the menu shows
 * it only where the service is open for the child and the access filter refuses it (403, logged) for another family's
 * child, a closed service or a pupil whose access was removed (R-PORTAL-5, R-ACC-9). The PDF is the same page with a
 * parameter rather than a servlet of its own, so that it goes through exactly the same checks; it is streamed in the
 * response, never stored. The beans only read the checked child from {@code CurrentFamily} and delegate to
 * {@code ReportBooks}.
 */
package org.scolarite.portal.reportbook;
