package org.scolarite.navigation.entity;

import java.util.Objects;
import org.scolarite.catalog.entity.ServiceKey;

/**
 * A home tile (R-PORTAL-6): how many new things one service has for the child since the previous sign-in, and its
 * French wording (« 4 nouvelles notes », « 5 demi-journées d'absence ce trimestre »), written by the service itself.
 */
public record NewsTile(ServiceKey service, long count, String text) {

    public NewsTile {
        Objects.requireNonNull(service);
        Objects.requireNonNull(text);
    }
}
