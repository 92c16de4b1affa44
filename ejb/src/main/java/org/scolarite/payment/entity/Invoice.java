package org.scolarite.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.time.LocalDate;
import java.util.Objects;
import org.scolarite.people.entity.Student;

/**
 * A family's invoice (table {@code invoice}, R-PAY-2): written by the invoices feed with JDBC (docs/feeds/factures.md)
 * and by the demo seeding with JPA. What remains due is the amount less what the accounting received by other means
 * (the feed's figure) and less the online payments confirmed here ({@link #recordOnlinePayment}).
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    private Long id;

    @Column(name = "establishment_id", nullable = false)
    private long establishmentId;

    @Column(name = "source_id", nullable = false)
    private String sourceId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id")
    private Student student;

    @Column(name = "invoice_number", nullable = false)
    private String number;

    @Column(nullable = false)
    private String label;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid_elsewhere", nullable = false, precision = 12, scale = 2)
    private BigDecimal paidElsewhere;

    @Column(name = "paid_online", nullable = false, precision = 12, scale = 2)
    private BigDecimal paidOnline = BigDecimal.ZERO.setScale(2);

    @Version
    private int version;

    protected Invoice() {
    }

    public Invoice(long establishmentId, String sourceId, Student student, String number, String label,
                   LocalDate issuedOn, LocalDate dueOn, BigDecimal amount, BigDecimal paidElsewhere) {
        this.establishmentId = establishmentId;
        this.sourceId = Objects.requireNonNull(sourceId);
        this.student = Objects.requireNonNull(student);
        this.number = Objects.requireNonNull(number);
        this.label = Objects.requireNonNull(label);
        this.issuedOn = Objects.requireNonNull(issuedOn);
        this.dueOn = Objects.requireNonNull(dueOn);
        this.amount = amount.setScale(2);
        this.paidElsewhere = paidElsewhere.setScale(2);
    }

    /** Everything paid, at the desk and online. */
    public BigDecimal paid() {
        return paidElsewhere.add(paidOnline);
    }

    /** What remains due; never below zero (an overpayment is the accounting's business, not a negative debt). */
    public BigDecimal balance() {
        return amount.subtract(paid()).max(BigDecimal.ZERO).setScale(2);
    }

    public boolean isSettled() {
        return balance().signum() == 0;
    }

    /** A payment the gateway confirmed adds to what was paid; called once per payment by {@link OnlinePayment}. */
    void recordOnlinePayment(BigDecimal paid) {
        paidOnline = paidOnline.add(paid).setScale(2);
    }

    public Long getId() { return id; }
    public long getEstablishmentId() { return establishmentId; }
    public String getSourceId() { return sourceId; }
    public Student getStudent() { return student; }
    public String getNumber() { return number; }
    public String getLabel() { return label; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public BigDecimal getAmount() { return amount; }
    public BigDecimal getPaidElsewhere() { return paidElsewhere; }
    public BigDecimal getPaidOnline() { return paidOnline; }
}
