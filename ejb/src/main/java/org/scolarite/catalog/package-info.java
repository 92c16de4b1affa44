/**
 * The online services catalogue, « Gestion des téléservices » (SPEC §2).
 * <ul>
 * <li>R-SVC-1: the head activates the téléservices once ({@code Establishment.activateTeleservices}); until then
 * accounts are neither created nor notified ({@code AccountService} refuses) and services cannot be switched.</li>
 * <li>R-SVC-2: {@link org.scolarite.catalog.entity.NationalService} lists the ministry's services with their
 * audience, prerequisite module, national obligation and default state; the académie adds its own
 * ({@link org.scolarite.catalog.entity.AcademicService}), possibly mandatory or experimental with pilot schools,
 * and may make national services mandatory.</li>
 * <li>R-SVC-3: {@link org.scolarite.catalog.entity.ServiceCatalogue} computes, without a database, which services a
 * school is offered and whether each may be switched, with the reason when not
 * ({@link org.scolarite.catalog.entity.Availability}).</li>
 * <li>R-SVC-4, R-SVC-5: an opening is a setting of the establishment (key {@code service.<KEY>}), so it survives
 * the year rollover and a closed service keeps its other settings untouched.</li>
 * </ul>
 * Decisions: openings are effective the next day like the other settings (R-SET-2: families' data is refreshed
 * nightly); a service whose prerequisite disappears is shown closed whatever was chosen; FOLIOS and PAYMENT start
 * closed, the other national services open; academic services start closed unless mandatory.
 */
package org.scolarite.catalog;
