package org.scolarite.structure.entity;

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
import java.time.LocalDate;
import java.util.Objects;

/**
 * A school year of an académie, named by its start year as SIECLE does ({@code ANNEE_SCOLAIRE 2026} = 2026-2027),
 * from the rentrée to the end date. Statistics count "notified this school year" between these two dates (R-STAT-2).
 */
@Entity
@Table(name = "school_year")
public class SchoolYear {

    @Id
    @SequenceGenerator(name = "school_year_seq", sequenceName = "school_year_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_year_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "academy_id")
    private Academy academy;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "rentree_date", nullable = false)
    private LocalDate rentreeDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    protected SchoolYear() {
    }

    public SchoolYear(Academy academy, int startYear, LocalDate rentreeDate, LocalDate endDate) {
        if (!Objects.requireNonNull(endDate).isAfter(Objects.requireNonNull(rentreeDate))) {
            throw new IllegalArgumentException("La fin de l'année scolaire doit suivre la rentrée");
        }
        this.academy = academy;
        this.startYear = startYear;
        this.rentreeDate = rentreeDate;
        this.endDate = endDate;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(rentreeDate) && !day.isAfter(endDate);
    }

    /** « 2026-2027 ». */
    public String label() {
        return startYear + "-" + (startYear + 1);
    }

    public Long getId() { return id; }
    public Academy getAcademy() { return academy; }
    public int getStartYear() { return startYear; }
    public LocalDate getRentreeDate() { return rentreeDate; }
    public LocalDate getEndDate() { return endDate; }
}
