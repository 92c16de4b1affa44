package org.scolarite.navigation.entity;

import java.util.Objects;
import org.scolarite.catalog.entity.ServiceKey;

/**
 * A service in a child's menu (R-PORTAL-5). National services are named by the portal's bundles and reached through
 * their own page; an académie's service carries its label and external address (R-SVC-2).
 */
public record MenuService(ServiceKey key, String label, String url) {

    public MenuService {
        Objects.requireNonNull(key);
    }

    public boolean isAcademic() {
        return key.academicId().isPresent();
    }
}
