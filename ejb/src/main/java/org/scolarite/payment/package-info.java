/**
 * Online payment of invoices (SPEC §3 R-PAY-1, §8). So far its set-up: the TIPI/PayFiP client number, checked
 * against the public finance reference list ({@code tipi_client}) with the establishment's name shown for
 * confirmation, the minimum amount of a payment and the contact address. Only the head and the accountant
 * (R-ROLE-1); families see the change the next day. The values are a setting ({@code settings}) like the others,
 * so that history, effective dates and optimistic locking are the same everywhere.
 */
package org.scolarite.payment;
