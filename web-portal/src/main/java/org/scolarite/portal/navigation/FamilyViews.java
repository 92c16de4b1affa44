package org.scolarite.portal.navigation;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.scolarite.navigation.boundary.FamilyNavigation;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.platform.boundary.DataGeneration;
import org.scolarite.platform.boundary.DataGeneration.Generation;

/**
 * The family views this session computed, one per child asked, kept while they are still right: nothing families see
 * was written on this server since, the day is the same, and the view is less than a minute old (the bound for a
 * change made on another server of a cluster). Computing a view costs a few EJB calls and queries; a family clicking
 * through the portal then pays them once, not on every page (the home page's throughput, README « Load test »).
 * Kept views are never shared between sessions, and are kept per account: a session that signs in again as another
 * account never reads the first one's.
 */
@SessionScoped
public class FamilyViews implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    @Inject
    private transient DataGeneration generation;

    @Inject
    private transient FamilyNavigation navigation;

    /** Lost with a passivated session, which only costs one computation. */
    private transient Map<Asked, Kept> kept;

    /**
     * The view of {@code username} for {@code studentId} (null: the account's first child), kept or computed and
     * kept. A pupil the account does not open is refused by {@link FamilyNavigation#view} on every ask: a refusal
     * is never kept.
     */
    public FamilyView view(String username, Long studentId) {
        Generation now = generation.current();
        long nanos = System.nanoTime();
        if (kept == null) {
            kept = new HashMap<>();
        }
        Asked asked = new Asked(username, studentId);
        Kept found = kept.get(asked);
        if (found != null && found.stillRight(now, nanos)) {
            return found.view();
        }
        FamilyView view = navigation.view(username, studentId);
        kept.put(asked, new Kept(view, now, nanos));
        return view;
    }

    private record Asked(String username, Long studentId) {
    }

    record Kept(FamilyView view, Generation generation, long computedAtNanos) {

        boolean stillRight(Generation now, long nanos) {
            return generation.equals(now) && nanos - computedAtNanos < MAX_AGE.toNanos();
        }
    }
}
