/**
 * « Gestion des services > Fiche de renseignements » (R-FICHE-1): the guardians' pending changes, accepted or refused
 * one by one, and the CSV of the accepted ones for the administration system.
 * <ul>
 * <li>R-ROLE-1: head and delegate — the people who keep the school's records and already set up its services
 * ({@code shell.configurator}); the accountant (payments only) and the académie (read-only on the school's families)
 * have no entry, and {@code ChangeRequestReview} refuses them on the server.</li>
 * <li>Double click or two administrators at once: a request no longer pending is left as it is (« déjà traitée »),
 * no second write, no second e-mail.</li>
 * <li>R-SEC-1: the CSV is streamed through {@code DefaultStreamedContent.writer}, never stored; its export is
 * audited.</li>
 * </ul>
 */
package org.scolarite.admin.infosheet;
