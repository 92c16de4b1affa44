package org.scolarite.account.boundary;

import java.util.List;

/**
 * R-PORTAL-8: a regrouping done. {@code movedChildren} are the pupils now opened through the kept account
 * (« NOM Prénom »); {@code repeated} says that this was a second submission of a regrouping already done, which
 * changed nothing more (and names no child).
 */
public record RegroupingResult(String keptUsername, String absorbedUsername, List<String> movedChildren,
                               boolean repeated) {
}
