package org.scolarite.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A gateway notification id accepted once (table {@code payment_notification}): its primary key makes a replay — the
 * same id again, by the gateway retrying or by anyone who copied a return URL — impossible to apply twice, even when
 * two servers receive it at the same moment.
 */
@Entity
@Table(name = "payment_notification")
public class PaymentNotification {

    @Id
    @Column(name = "notification_id")
    private String notificationId;

    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private String outcome;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    protected PaymentNotification() {
    }

    public PaymentNotification(GatewayReturn answer, LocalDateTime receivedAt) {
        this.notificationId = answer.notificationId();
        this.reference = answer.reference();
        this.outcome = answer.outcome().name();
        this.receivedAt = receivedAt;
    }

    public String getNotificationId() { return notificationId; }
    public String getReference() { return reference; }
}
