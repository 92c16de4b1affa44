package org.scolarite.navigation.entity;

import java.time.LocalDateTime;
import java.util.Objects;
import org.scolarite.account.entity.AccountKind;

/**
 * A family's view of a portal service, as the access log buffers it before it becomes a {@link PortalAccess} row.
 * {@code serviceKey} is a catalogue key (« GRADES », « academic-12 ») or one of the portal's own areas
 * ({@link PortalArea}). {@code simulated} views (R-SIM-1) are never recorded.
 */
public record PageView(LocalDateTime occurredAt, long accountId, AccountKind kind, long studentId,
                       long establishmentId, Long mefId, String serviceKey, boolean simulated) {

    public PageView {
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(serviceKey);
        if (serviceKey.isBlank() || serviceKey.length() > PortalAccess.MAX_SERVICE_KEY) {
            throw new IllegalArgumentException("service key must be 1 to 40 characters: " + serviceKey);
        }
    }
}
