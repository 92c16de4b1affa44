package org.scolarite.notification.entity;

/**
 * Where a message of the outbox stands (R-MAIL-1). PENDING → SENDING (claimed by one sender, for a lease) → SENT,
 * or back to PENDING with a later attempt, or FAILED after the last attempt. An expired lease (crash between the
 * claim and the result) puts a SENDING message back to PENDING; an admin's « Renvoyer » puts a FAILED one back.
 */
public enum MailStatus {
    PENDING, SENDING, SENT, FAILED
}
