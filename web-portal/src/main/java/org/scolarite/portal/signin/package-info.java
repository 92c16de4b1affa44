/**
 * The portal's sign-in (R-PORTAL-1), first connection (R-PORTAL-2, R-ACC-4, R-ACC-5) and « renvoyer le lien » page.
 *
 * <ul>
 * <li>{@code login.xhtml} / {@link org.scolarite.portal.signin.SignInBacking}: identifier and password against
 * {@code PortalAuthentication}, which signs in through the throttled {@code org.scolarite.signin.boundary.SignIn};
 * one message for a refusal and one for a lock-out, the same whatever the identifier.</li>
 * <li>{@link org.scolarite.portal.signin.FirstConnectionGate}: the server-side gate that keeps an account « Notifié »
 * on {@code first-connection.xhtml} and a guardian « En cours d'activation » on {@code activation-pending.xhtml},
 * read from the database until the account is « Utilisé », then cached in the session.</li>
 * <li>The first connection trusts the sign-in with the temporary password as its proof, as the guides' form does (it
 * does not ask that password again); the gate signs out a « Notifié » session that did not sign in with it.</li>
 * <li>A guardian's activation ends on the link page, which says where the link went and lets him correct the address
 * (guide 2018 « Vérification mail »); he sees nothing else until the link is opened.</li>
 * <li>Logout is the template's plain form posted to {@link org.scolarite.portal.signin.LogoutServlet}, which
 * invalidates the session (the first-connection pages keep {@code loginBacking.logout} in their own forms).</li>
 * </ul>
 */
package org.scolarite.portal.signin;
