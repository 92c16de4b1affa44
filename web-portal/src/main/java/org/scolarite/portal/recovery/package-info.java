/**
 * Self-service recovery pages of the portal (R-PORTAL-3), public: « Identifiant oublié ? »
 * ({@code forgotten-username.xhtml}), « Mot de passe oublié ? » ({@code forgotten-password.xhtml}) and the page of
 * the reset link ({@code reset-password.xhtml?token=…}). Thin backing beans over
 * {@code org.scolarite.account.boundary.PasswordRecovery}.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>No enumeration: the two request pages answer one sentence whatever happened (sent, unknown, no validated
 * address, asked too often); only the format of what was typed is judged on the page (an empty field, a string that
 * cannot be an address), which reveals nothing about accounts.</li>
 * <li>Opening the reset link changes nothing (a mail scanner that follows links spends nothing): the GET shows the
 * form, the password changes and the link is spent when the form is sent. A refused link (expired, used, replaced,
 * forged) gives a page that says why and links to « Mot de passe oublié ? ».</li>
 * <li>The password rule (R-PORTAL-2) is shown above the fields and checked on the page for field messages, then
 * again by the service.</li>
 * </ul>
 */
package org.scolarite.portal.recovery;
