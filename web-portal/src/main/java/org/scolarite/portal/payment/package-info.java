/**
 * « Paiement des factures » in the families' portal (R-PAY-2): {@code /factures.xhtml} (the menu's page: the shown
 * child's invoices, amount, paid, remaining, and his online payments), {@code /paiement.xhtml?facture=…} (the amount,
 * sent once to the gateway whatever the clicks), {@code /recu.xhtml?reference=…} (the receipt, for the pupil's family
 * only). The gateway answers through {@code /paiement/retour} (the browser) and {@code POST /api/payfip/notification}
 * (server to server), both handed as they are to {@code InvoicePayments.answer}, the one verified, idempotent
 * transition. {@code /payfip-simulateur/paiement} stands for the public finances' payment page when
 * {@code TELESERVICES_PAYFIP_SIMULATOR=true} (bin/run, bin/test) and answers 404 otherwise.
 * Every id a request carries is checked by the service against the family view of the access filter; a refusal is
 * the French 403 page and a WARNING line.
 */
package org.scolarite.portal.payment;
