package org.scolarite.navigation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.navigation.control.AccessLogQueue;
import org.scolarite.navigation.entity.PageView;
import org.scolarite.navigation.entity.PortalArea;

/**
 * Where a portal page counts its view (issue [P1] deliverable 6, for R-STAT-3): the view goes into the server's
 * buffer and the page goes on; {@link AccessLog} writes the buffer in batches. A plain CDI bean, not an EJB: the home
 * page pays no container call for its statistics. Simulations are never recorded (R-SIM-1).
 */
@ApplicationScoped
public class PageViews {

    @Inject
    private AccessLog log;

    @Inject
    private Clock clock;

    private AccessLogQueue queue;

    @PostConstruct
    void findBuffer() {
        queue = log.queue();
    }

    /** The one line a service page calls: « this family viewed {@code service} for the child shown ». */
    public void viewed(FamilyView view, ServiceKey service, boolean simulated) {
        viewed(view, service.value(), simulated);
    }

    /** The same for the portal's own pages (home, useful links, contact). */
    public void viewed(FamilyView view, PortalArea area, boolean simulated) {
        viewed(view, area.name(), simulated);
    }

    private void viewed(FamilyView view, String serviceKey, boolean simulated) {
        if (simulated || !view.hasChild()) {
            return;
        }
        boolean batchReady = queue.offer(new PageView(LocalDateTime.now(clock), view.accountId(), view.kind(),
                view.child().studentId(), view.establishmentId(), view.mefId(), serviceKey, false));
        if (batchReady) {
            log.writeSoon();
        }
    }
}
