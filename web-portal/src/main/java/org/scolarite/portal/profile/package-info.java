/**
 * « Mon compte > Profil » (R-PORTAL-4), {@code account/profile.xhtml}: identifier and address (« non validée »
 * until validated), a new address asked with the current password (effective once the link sent to it is followed;
 * the old address is told), a new password with the current one, « renvoyer le courriel de validation ». Always the
 * logged-in caller's own account: the principal's identifier goes to
 * {@code org.scolarite.account.boundary.AccountProfile}, never a request parameter. The validation page
 * ({@code validation.xhtml}, package {@code org.scolarite.portal.validation}) shows the result of both kinds of link.
 */
package org.scolarite.portal.profile;
