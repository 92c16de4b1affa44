package org.scolarite.portal.navigation;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import org.scolarite.navigation.boundary.FamilyNavigation;
import org.scolarite.navigation.boundary.FamilyView;

/**
 * The family views this session computed, one per child asked, kept while they are still right ({@link KeptValues}).
 * Computing a view costs a few EJB calls and queries; a family clicking through the portal then pays them once, not on
 * every page (the home page's throughput, README « Load test »). Kept views are kept per account: a session that signs
 * in again as another account never reads the first one's.
 */
@SessionScoped
public class FamilyViews extends KeptValues<FamilyViews.Asked, FamilyView> {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient FamilyNavigation navigation;

    /**
     * The view of {@code username} for {@code studentId} (null: the account's first child), kept or computed and
     * kept. A pupil the account does not open is refused by {@link FamilyNavigation#view} on every ask: a refusal
     * is never kept.
     */
    public FamilyView view(String username, Long studentId) {
        return kept(new Asked(username, studentId), () -> navigation.view(username, studentId));
    }

    record Asked(String username, Long studentId) {
    }
}
