package org.scolarite.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One payment order sent to the gateway (table {@code online_payment}, R-PAY-2). Created {@code PENDING} with a random
 * unique reference before the family is sent to the gateway; the gateway's verified answer moves it once to paid,
 * refused or abandoned ({@link #settle}). A second answer — the browser's return after the server-to-server
 * notification, a replay — finds it final and changes nothing.
 */
@Entity
@Table(name = "online_payment")
public class OnlinePayment {

    /** Letters and digits that cannot be confused when read out on the phone to the accounting office. */
    private static final char[] REFERENCE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int REFERENCE_LENGTH = 16;

    @Id
    @SequenceGenerator(name = "online_payment_seq", sequenceName = "online_payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_payment_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "request_token", nullable = false, updatable = false)
    private String requestToken;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id", updatable = false)
    private Invoice invoice;

    @Column(name = "establishment_id", nullable = false, updatable = false)
    private long establishmentId;

    @Column(name = "student_id", nullable = false, updatable = false)
    private long studentId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, updatable = false)
    private String payer;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "settled_at")
    private LocalDateTime settledAt;

    private String authorisation;

    @Column(name = "notification_id")
    private String notificationId;

    @Version
    private int version;

    protected OnlinePayment() {
    }

    /** {@code amount} already checked ({@link PaymentAmount#check}). */
    public OnlinePayment(Invoice invoice, long accountId, String payer, BigDecimal amount, String requestToken,
                         SecureRandom random, LocalDateTime now) {
        this.invoice = Objects.requireNonNull(invoice);
        this.establishmentId = invoice.getEstablishmentId();
        this.studentId = invoice.getStudent().getId();
        this.accountId = accountId;
        this.payer = Objects.requireNonNull(payer);
        this.amount = amount.setScale(2);
        this.requestToken = Objects.requireNonNull(requestToken);
        this.reference = newReference(random);
        this.status = PaymentStatus.PENDING;
        this.createdAt = now;
    }

    static String newReference(SecureRandom random) {
        char[] chars = new char[REFERENCE_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = REFERENCE_CHARS[random.nextInt(REFERENCE_CHARS.length)];
        }
        return "TS" + new String(chars);
    }

    /** What applying a verified gateway answer did. */
    public enum Transition {
        /** The order was pending and now is final (paid: the invoice's balance went down). */
        APPLIED,
        /** The order was already final: nothing changed (a replay, or the second of return and notification). */
        ALREADY_FINAL,
        /** The answer is about another amount than the order's: refused, nothing changed. */
        AMOUNT_MISMATCH
    }

    /**
     * Applies the gateway's answer, already verified (signature) and about this order (reference). Only a pending
     * order moves, and only when the amount is the order's to the cent; a paid one adds its amount to the invoice.
     */
    public Transition settle(GatewayReturn answer, LocalDateTime now) {
        if (!reference.equals(answer.reference())) {
            throw new IllegalArgumentException("Réponse d’un autre ordre de paiement : " + answer.reference());
        }
        if (status.isFinal()) {
            return Transition.ALREADY_FINAL;
        }
        if (answer.amountCents() != PaymentAmount.cents(amount)) {
            return Transition.AMOUNT_MISMATCH;
        }
        status = answer.outcome().status();
        settledAt = now;
        notificationId = answer.notificationId();
        if (status == PaymentStatus.PAID) {
            authorisation = answer.authorisation();
            invoice.recordOnlinePayment(amount);
        }
        return Transition.APPLIED;
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public String getRequestToken() { return requestToken; }
    public Invoice getInvoice() { return invoice; }
    public long getEstablishmentId() { return establishmentId; }
    public long getStudentId() { return studentId; }
    public long getAccountId() { return accountId; }
    public String getPayer() { return payer; }
    public BigDecimal getAmount() { return amount; }
    public PaymentStatus getStatus() { return status; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getSettledAt() { return settledAt; }
    public String getAuthorisation() { return authorisation; }
    public String getNotificationId() { return notificationId; }
}
