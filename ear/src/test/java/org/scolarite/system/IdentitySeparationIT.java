package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.system.HttpFacesIT.postLogin;
import static org.scolarite.system.HttpFacesIT.visitor;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Its own deployment, so that the portal is the first face anybody logs into: Payara shares one identity-store
 * handler between the EAR's WARs, and with identity stores the first face used decided the users of both.
 */
@ExtendWith(DeployedEar.class)
class IdentitySeparationIT {

    @Test
    @DisplayName("R-ROLE-1: each face checks its own users: after a family logs into the portal, family credentials "
            + "are refused by the console and console credentials by the portal")
    void faces_do_not_share_identities() throws Exception {
        assertThat(postLogin(visitor(), "/login.xhtml", "claire.durand", "Demo-2026")).contains("Bonjour claire.durand");

        assertThat(postLogin(visitor(), "/admin/login.xhtml", "claire.durand", "Demo-2026"))
                .contains("Identifiant ou mot de passe incorrect.");
        assertThat(postLogin(visitor(), "/login.xhtml", "principal.college", "Demo-2026"))
                .contains("Identifiant ou mot de passe incorrect.");
        assertThat(postLogin(visitor(), "/admin/login.xhtml", "principal.college", "Demo-2026"))
                .contains("Tableau de bord");
    }
}
