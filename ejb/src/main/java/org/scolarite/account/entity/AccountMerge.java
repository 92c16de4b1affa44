package org.scolarite.account.entity;

import java.util.List;

/**
 * R-PORTAL-8: what a regrouping did. {@code movedChildren} are the names of the pupils the absorbed account opened
 * (« NOM Prénom »); {@code foldedAccesses} are its accesses that duplicated one of the kept account's (same pupil, periods
 * touching): the kept access now covers both periods and the caller deletes these rows, so that no row is left
 * pointing at the deleted account.
 */
public record AccountMerge(String keptUsername, String absorbedUsername, List<String> movedChildren,
                           List<AccountAccess> foldedAccesses) {
}
