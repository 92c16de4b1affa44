package org.scolarite.navigation.boundary;

import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.navigation.entity.NewsTile;

/**
 * The contract by which a portal service puts a tile on the home page (R-PORTAL-6). Each service that has news (grades,
 * school life… in their own issues) adds one CDI bean implementing this interface in its own package; the home
 * collects every bean found ({@link HomeNews}) and shows a tile only when the count is above zero and the service is in
 * the child's menu ({@link org.scolarite.navigation.entity.NewsTiles}). Nothing to register, nothing in the home to
 * touch. Implementations read only (the home is a GET, and may run in a read-only simulation, R-SIM-1) and should cost
 * one indexed COUNT.
 */
public interface NewsSource {

    /** The catalogue service the news belong to: no tile when it is not in the child's menu. */
    ServiceKey service();

    /** How many new things for {@code query}; zero when none. */
    long count(NewsQuery query);

    /** The tile's French text for {@code count} > 0, e.g. « 4 nouvelles notes ». */
    String describe(long count);
}
