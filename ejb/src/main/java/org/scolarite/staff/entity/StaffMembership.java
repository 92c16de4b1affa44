package org.scolarite.staff.entity;

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
import java.util.Objects;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;

/** One role held by a console user, in one establishment, or over an académie for the ACADEMY role. */
@Entity
@Table(name = "staff_membership")
public class StaffMembership {

    @Id
    @SequenceGenerator(name = "staff_membership_seq", sequenceName = "staff_membership_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_membership_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_user_id")
    private StaffUser user;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "academy_id")
    private Academy academy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "establishment_id")
    private Establishment establishment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StaffRole role;

    protected StaffMembership() {
    }

    StaffMembership(StaffUser user, Academy academy, Establishment establishment, StaffRole role) {
        this.user = user;
        this.academy = Objects.requireNonNull(academy);
        this.establishment = establishment;
        this.role = Objects.requireNonNull(role);
    }

    /** An establishment role covers that establishment; the académie role covers all of the académie's. */
    public boolean covers(Establishment target) {
        if (role == StaffRole.ACADEMY) {
            return Objects.equals(academy.getId(), target.getAcademy().getId());
        }
        return establishment != null && Objects.equals(establishment.getId(), target.getId());
    }

    public Long getId() { return id; }
    public StaffUser getUser() { return user; }
    public Academy getAcademy() { return academy; }
    public Establishment getEstablishment() { return establishment; }
    public StaffRole getRole() { return role; }
}
