package org.scolarite.navigation.boundary;

import java.time.LocalDateTime;
import java.util.List;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.navigation.entity.FamilyMenu;
import org.scolarite.people.boundary.ChildSummary;
import org.scolarite.settings.boundary.PortalSettingsView;

/**
 * What the portal frame needs on every page (R-PORTAL-5): the account, its children today, the child shown (null
 * when the account opens none), his establishment and MEF, whether the school removed the pupil's access (R-ACC-9),
 * the child's menu, the previous sign-in (R-PORTAL-6: news are counted from it; null before a second sign-in) and
 * what the child's establishment shows families today (welcome message, ENT link, contact, useful links; null when
 * the account opens no child).
 */
public record FamilyView(long accountId, String username, AccountKind kind, List<ChildSummary> children,
                         ChildSummary child, Long establishmentId, Long mefId, boolean accessRemoved,
                         FamilyMenu menu, LocalDateTime previousLoginAt, PortalSettingsView settings) {

    public FamilyView {
        children = List.copyOf(children);
    }

    public boolean hasChild() {
        return child != null;
    }

    public boolean isGuardian() {
        return kind == AccountKind.GUARDIAN;
    }

    public boolean hasSeveralChildren() {
        return children.size() > 1;
    }
}
