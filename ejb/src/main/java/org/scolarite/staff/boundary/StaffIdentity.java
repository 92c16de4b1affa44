package org.scolarite.staff.boundary;

import java.util.Set;
import org.scolarite.staff.entity.StaffRole;

/** Who is logged into the console: what the security layer needs, nothing mutable. */
public record StaffIdentity(String username, String displayName, Set<StaffRole> roles) {

    public StaffIdentity {
        roles = Set.copyOf(roles);
    }
}
