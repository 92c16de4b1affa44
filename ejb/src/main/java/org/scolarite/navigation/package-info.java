/**
 * Family navigation on the portal (SPEC §7, issue [P1] deliverables 5, 6 and the per-request part of 7).
 * <ul>
 * <li>R-PORTAL-5: {@link org.scolarite.navigation.entity.MenuPolicy} — services open today in the child's
 * establishment × meant for the account's kind × the pupil's access (R-ACC-9: removed access withholds grades, school
 * life and report books). {@link org.scolarite.navigation.boundary.FamilyNavigation#view} computes it on every
 * request and refuses a pupil the account does not open.</li>
 * <li>R-PORTAL-6: news tiles from every {@link org.scolarite.navigation.boundary.NewsSource} bean, shown only when
 * their count is above zero and the service is in the menu ({@link org.scolarite.navigation.entity.NewsTiles}),
 * counted since the previous sign-in ({@code account.previous_login_at}, kept by the sign-in's own UPDATE).</li>
 * <li>R-PORTAL-7, R-SET-5: {@link org.scolarite.navigation.boundary.ContactMessages} — the contact form's message to
 * the school (Reply-To the family's validated e-mail) and its copy, through the outbox, once per submission.</li>
 * <li>Deliverable 6: {@link org.scolarite.navigation.boundary.PageViews} puts page views into an in-memory buffer
 * without any container call; {@link org.scolarite.navigation.boundary.AccessLog} writes it in batches into
 * {@code portal_access}; never for a simulation (R-SIM-1).</li>
 * </ul>
 */
package org.scolarite.navigation;
