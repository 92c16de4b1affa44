/**
 * R-SIM-1: the portal side of « Simuler l'accès au portail » — the console opens the real portal as one family account,
 * read-only, so that the school sees what the family sees.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>{@code /simulation?ticket=…} ({@link org.scolarite.portal.simulation.SimulationServlet}, public) hands the ticket
 * to the portal's authentication mechanism, which redeems it (single use, 2 minutes,
 * {@code PortalSimulation.redeem}) and logs in the account with its usual group plus
 * {@value org.scolarite.portal.simulation.SimulationState#ROLE}; the family's password is neither needed nor shown.
 * The session is a new one.</li>
 * <li>Read-only on the server: {@link org.scolarite.portal.simulation.ReadOnlySimulationFilter} answers « 403 » to every
 * request but GET and HEAD, except « Quitter la simulation »
 * ({@link org.scolarite.portal.simulation.QuitSimulationServlet}, audited « SIMULATION_END »).</li>
 * <li>Nothing is written for the family: the simulation does not go through {@code AccountService.authenticate}, so
 * the account's last access (and its one-year expiry, R-ACC-6) does not move. Only the start and the end are audited,
 * not each page.</li>
 * <li>The banner of the guide (§ 4.2.1) tops every page and every Faces action is rendered disabled with the title
 * « Ce lien n'est pas actif dans la simulation » ({@link org.scolarite.portal.simulation.SimulationState}).</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>The marker is a caller group, granted by the mechanism only, rather than a session attribute that any code could
 * set: views and the filter ask {@code isUserInRole}. The session attribute only says who opened the simulation.</li>
 * <li>The filter lets GET through because the portal's GET requests only read; a future page that writes on a GET, or
 * counts accesses (R-STAT-3), must ask {@code SimulationState.isActive()} and skip the write.</li>
 * </ul>
 */
package org.scolarite.portal.simulation;
