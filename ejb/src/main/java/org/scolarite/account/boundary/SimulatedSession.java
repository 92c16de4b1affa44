package org.scolarite.account.boundary;

import java.io.Serializable;
import org.scolarite.account.entity.AccountKind;

/**
 * R-SIM-1: a portal session opened by an administrator as one account, read-only: who is shown ({@code username} in
 * {@code academyCode}, of that {@code kind}) and who is looking ({@code staffUsername}, for {@code establishmentId}).
 * Serializable: the portal keeps it in the HTTP session.
 */
public record SimulatedSession(long accountId, String username, AccountKind kind, String academyCode,
                               String staffUsername, long establishmentId) implements Serializable {
}
