package org.scolarite.portal.testhooks;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.scolarite.demo.boundary.GeneratedFamilies;
import org.scolarite.platform.boundary.TestClock;

/**
 * {@code POST /api/test/families} (form: {@code count}, {@code password}, {@code schools=1|2}): generates families
 * whose accounts are « Utilisé » with that password, for the load test and the regrouping system test; answers the
 * identifiers as JSON ({@code [{"first": …, "second": …}]}). Answers 404, as if it did not exist, unless the server was
 * started with {@code TELESERVICES_TEST_HOOKS=true} (bin/test, bin/loadtest only).
 */
@Path("test/families")
public class GeneratedFamiliesResource {

    private static final int MAX_PER_CALL = 5_000;

    @Inject
    private TestClock hooks;

    @Inject
    private GeneratedFamilies families;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public JsonArray generate(@FormParam("count") @DefaultValue("1") int count, @FormParam("password") String password,
                              @FormParam("schools") @DefaultValue("1") int schools) {
        if (!hooks.enabled()) {
            throw new NotFoundException();
        }
        if (count < 1 || count > MAX_PER_CALL || password == null || password.isBlank()) {
            throw new jakarta.ws.rs.BadRequestException("count 1.." + MAX_PER_CALL + " et password obligatoires");
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        families.generate(count, password, schools == 2).forEach(family -> {
            var one = Json.createObjectBuilder().add("first", family.first());
            if (family.second() != null) {
                one.add("second", family.second());
            }
            out.add(one);
        });
        return out.build();
    }
}
