package org.scolarite.platform.control;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Set;

/**
 * The default entity listener (META-INF/orm.xml): every entity written moves {@link DataChanges}, except the rows that
 * families' pages never show and that are written all day long — the portal's access log, the login throttle, the
 * mail outbox and the audit trail — which would otherwise make every family's kept view stale every few seconds.
 */
public class DataChangeListener {

    private static final Set<String> UNSEEN_BY_FAMILIES = Set.of("PortalAccess", "LoginFailure", "OutboxMessage",
            "AuditEntry");

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (!UNSEEN_BY_FAMILIES.contains(entity.getClass().getSimpleName())) {
            DataChanges.changed();
        }
    }
}
