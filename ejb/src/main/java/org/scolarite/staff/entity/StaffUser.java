package org.scolarite.staff.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;

/** A user of the administration console, with the roles he holds in establishments or over the académie. */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    @SequenceGenerator(name = "staff_user_seq", sequenceName = "staff_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_user_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<StaffMembership> memberships = new ArrayList<>();

    protected StaffUser() {
    }

    public StaffUser(String username, String passwordHash, String displayName, String email) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
    }

    public void grant(StaffRole role, Establishment establishment) {
        if (role == StaffRole.ACADEMY) {
            throw new IllegalArgumentException("Le rôle académique porte sur l'académie, pas sur un établissement");
        }
        memberships.add(new StaffMembership(this, establishment.getAcademy(), establishment, role));
    }

    public void grantAcademy(Academy academy) {
        memberships.add(new StaffMembership(this, academy, null, StaffRole.ACADEMY));
    }

    public Set<StaffRole> roles() {
        return memberships.stream().map(StaffMembership::getRole)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    }

    /** The roles this user holds for one establishment, the académie role included when it covers it. */
    public Set<StaffRole> rolesIn(Establishment establishment) {
        return memberships.stream().filter(m -> m.covers(establishment)).map(StaffMembership::getRole)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public boolean isActive() { return active; }
    public List<StaffMembership> getMemberships() { return List.copyOf(memberships); }
}
