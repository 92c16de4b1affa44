package org.scolarite.notification.control;

import java.util.List;
import java.util.Objects;

/**
 * The refusal coupon at the foot of a guardian's letter (R-ACC-9, guide §3.2): the guardian may refuse access for
 * himself, or for each of his children (who then keep the ENT and the pedagogical applications).
 *
 * @param guardianName the guardian as printed, e.g. « Claire DURAND »
 * @param children     one line per child attached to the account, e.g. « Léa DURAND (4A) »
 */
public record RefusalCoupon(String guardianName, List<String> children) {

    public RefusalCoupon {
        guardianName = Objects.requireNonNullElse(guardianName, "");
        children = List.copyOf(children);
    }
}
