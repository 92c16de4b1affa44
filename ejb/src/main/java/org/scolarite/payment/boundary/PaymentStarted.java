package org.scolarite.payment.boundary;

import java.net.URI;
import org.scolarite.payment.entity.PaymentStatus;

/**
 * The order behind a « Payer » submission: just created, or found again by the form's token (a double click, the back
 * button). Pending: the browser goes to {@code gateway}; final: nothing is sent again, the receipt or the list shows it.
 */
public record PaymentStarted(String reference, PaymentStatus status, URI gateway) {
}
