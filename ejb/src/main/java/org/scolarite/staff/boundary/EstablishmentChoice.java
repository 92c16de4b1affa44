package org.scolarite.staff.boundary;

import java.io.Serializable;
import java.util.Set;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.structure.entity.EstablishmentKind;

/**
 * An establishment a console user may work on, with the roles he holds there (the switcher's options). Serializable:
 * the console keeps the list in the user's session.
 */
public record EstablishmentChoice(long id, String uai, String name, EstablishmentKind kind, Set<StaffRole> roles)
        implements Serializable {

    public EstablishmentChoice {
        roles = Set.copyOf(roles);
    }

    public boolean allows(StaffRole... anyOf) {
        for (StaffRole role : anyOf) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** « 0140070A — Collège Jean Moulin ». */
    public String label() {
        return uai + " — " + name;
    }
}
