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
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A grading period of a division (« 1er trimestre », « Semestre 2 »), as the administration system's grades module
 * defines it for the school year under way. The grades and school-life pages filter by period and open on the
 * current one (R-NOTES-3, R-VS-1).
 */
@Entity
@Table(name = "school_period")
public class SchoolPeriod {

    @Id
    @SequenceGenerator(name = "school_period_seq", sequenceName = "school_period_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_period_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "division_id")
    private Division division;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String label;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected SchoolPeriod() {
    }

    public SchoolPeriod(Division division, String code, String label, LocalDate startsOn, LocalDate endsOn) {
        if (Objects.requireNonNull(endsOn).isBefore(Objects.requireNonNull(startsOn))) {
            throw new IllegalArgumentException("Une période doit finir après son début : " + code);
        }
        this.division = Objects.requireNonNull(division);
        this.code = Objects.requireNonNull(code);
        this.label = Objects.requireNonNull(label);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /**
     * The period a page opens on (R-NOTES-3: « par défaut la période en cours »): the one containing {@code today};
     * between two periods or after the last, the latest one already started; before the first, the first.
     */
    public static Optional<SchoolPeriod> current(List<SchoolPeriod> periods, LocalDate today) {
        return periods.stream().filter(p -> p.contains(today)).findFirst()
                .or(() -> periods.stream().filter(p -> !p.startsOn.isAfter(today))
                        .max(Comparator.comparing(SchoolPeriod::getStartsOn)))
                .or(() -> periods.stream().min(Comparator.comparing(SchoolPeriod::getStartsOn)));
    }

    public Long getId() { return id; }
    public Division getDivision() { return division; }
    public String getCode() { return code; }
    public String getLabel() { return label; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
}
