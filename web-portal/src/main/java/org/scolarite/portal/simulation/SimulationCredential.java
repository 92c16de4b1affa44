package org.scolarite.portal.simulation;

import jakarta.security.enterprise.credential.Credential;

/**
 * R-SIM-1: the token of a simulation ticket, handed by {@link SimulationServlet} to the portal's authentication
 * mechanism, which alone redeems it. Not a password: it never reaches an identity store.
 */
public record SimulationCredential(String token) implements Credential {

    @Override
    public String toString() {
        return "SimulationCredential[token hidden]";
    }
}
