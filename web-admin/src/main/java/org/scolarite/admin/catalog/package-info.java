/**
 * The console's catalogue screens (SPEC §2), thin beans over {@code OnlineServices} and {@code AcademyCatalogue}.
 * <ul>
 * <li>R-SVC-1: {@link org.scolarite.admin.catalog.ActivationBacking} — until the school activated the téléservices
 * the home page (and « Ouverture / fermeture ») says so and what it means; the head activates after a
 * confirmation, the others read that the head must do it; afterwards « Téléservices activés le … par … ».</li>
 * <li>R-SVC-2, R-SVC-3, R-SET-2: {@link org.scolarite.admin.catalog.OpeningBacking} — one switch per service of
 * the establishment's catalogue (include {@code WEB-INF/includes/catalog/service-table.xhtml}); mandatory services
 * locked open, unavailable ones greyed with the reason, a change pending until tomorrow shown as « Ouvert à partir
 * du … ». The home page includes the same table read-only (R-SVC-3 NB).</li>
 * <li>R-SVC-2: {@link org.scolarite.admin.catalog.AcademyServicesBacking} and
 * {@link org.scolarite.admin.catalog.AcademyEntsBacking} — the académie's services, the national services it makes
 * mandatory, and its ENT list (R-SET-3), for ACADEMY users only.</li>
 * </ul>
 * Decisions: a switch posts at once (no « Valider » button as in the old screen): each flip is one audited change
 * based on the revision the page showed, so a concurrent change by another head is refused with a message and the
 * table reloaded. Only the head's switches are enabled; a switch greyed out is not decoded by the server, and the
 * boundary checks the role again (R-ROLE-1). National services are named by this feature's bundle
 * ({@code service.GRADES}…), academic ones by their label.
 */
package org.scolarite.admin.catalog;
