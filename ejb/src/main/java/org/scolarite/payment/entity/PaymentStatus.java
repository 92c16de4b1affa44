package org.scolarite.payment.entity;

/** Where an online payment stands: created and sent to the gateway, then paid, refused or abandoned (final). */
public enum PaymentStatus {
    PENDING, PAID, REFUSED, ABANDONED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
