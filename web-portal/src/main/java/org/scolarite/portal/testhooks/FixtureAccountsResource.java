package org.scolarite.portal.testhooks;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.demo.boundary.FixtureAccounts;
import org.scolarite.structure.boundary.AcademyDirectory;

/**
 * {@code POST /api/test/fixture-accounts} (form: kind, email, validated, password): a new family account « Utilisé » for one
 * system test; answers its identifier. 404, as if it did not exist, unless the server was started with
 * {@code TELESERVICES_TEST_HOOKS=true} (bin/test only).
 */
@Path("test/fixture-accounts")
public class FixtureAccountsResource {

    @Inject
    private FixtureAccounts fixtures;

    @Inject
    private AcademyDirectory academies;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String create(@FormParam("kind") String kind, @FormParam("email") String email,
                         @FormParam("validated") String validated, @FormParam("password") String password) {
        if (!fixtures.enabled()) {
            throw new NotFoundException();
        }
        return fixtures.create(academies.portalAcademyCode(), AccountKind.valueOf(kind),
                email == null || email.isBlank() ? null : email, !"false".equals(validated), password);
    }
}
