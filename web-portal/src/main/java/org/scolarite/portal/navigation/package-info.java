/**
 * The portal's frame for families (R-PORTAL-5, R-PORTAL-6, issue [P1] deliverables 5–7).
 * <ul>
 * <li>{@link org.scolarite.portal.navigation.FamilyAccessFilter}: every request of a logged-in family is checked on the
 * server — the child asked (« enfant » in a URL or a form) must be one the account opens today, a service page must
 * serve a service in that child's menu — or answered « 403 » in French ({@link org.scolarite.portal.navigation.RefusalPage})
 * and logged (WARNING, account and id asked).</li>
 * <li>{@link org.scolarite.portal.navigation.CurrentFamily} (EL {@code family}): the checked view of the request, the
 * menu and the child switcher shown on every page. National services appear only once a
 * {@link org.scolarite.portal.navigation.ServicePage} bean registers their page (no dead links); the académie's
 * services are external links through {@link org.scolarite.portal.navigation.AcademicServiceServlet}, which checks,
 * counts and redirects.</li>
 * <li>{@link org.scolarite.portal.navigation.PortalVisits}: the one-line call a page makes to count its view in the
 * access log (never in a simulation, R-SIM-1).</li>
 * </ul>
 */
package org.scolarite.portal.navigation;
