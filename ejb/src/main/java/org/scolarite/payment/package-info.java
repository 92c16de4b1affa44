/**
 * Online payment of invoices (SPEC §3 R-PAY-1, §8 R-PAY-2).
 *
 * <p>Set-up (R-PAY-1, {@code PaymentSetup}): the TIPI/PayFiP client number, checked against the public finance
 * reference list ({@code tipi_client}) with the establishment's name shown for confirmation, the minimum amount of a
 * payment and the contact address. Only the head and the accountant (R-ROLE-1); families see the change the next day.
 * The values are a setting ({@code settings}) like the others, so that history, effective dates and optimistic locking
 * are the same everywhere.
 *
 * <p>Payment (R-PAY-2, {@code InvoicePayments}): the invoices come from the accounting's nightly feed
 * ({@code TS_FACTURES}, docs/feeds/factures.md); a family pays at least the minimum and at most the balance
 * ({@code PaymentAmount}, exact decimals), only once the set-up is in effect (D+1). Decisions:
 * <ul>
 * <li>The order is stored ({@code OnlinePayment}, random unique reference) before the browser leaves for the gateway;
 * the form's token is stored with it, so a double click or a replayed form finds the same order.</li>
 * <li>The gateway's answers — server-to-server notification and browser return, one notification id — go through one
 * transition: signature verified ({@code GatewaySignature}, HMAC-SHA256, constant-time), order row locked, amount
 * compared to the cent, applied only from {@code PENDING}; each applied notification id is stored
 * ({@code PaymentNotification}) so a replay is recognised. A refused or abandoned order is final.</li>
 * <li>{@code invoice.paid_online} is written only by that transition, never by the feed, whose {@code MONTANT_REGLE}
 * is what the accounting received by other means.</li>
 * <li>A remainder below the minimum is not payable online (paid at the accounting office).</li>
 * <li>The only gateway so far is the PayFiP simulator ({@code PayfipSimulator}), switched on by configuration
 * ({@code TELESERVICES_PAYFIP_SIMULATOR=true}, bin/run and bin/test only).</li>
 * </ul>
 */
package org.scolarite.payment;
