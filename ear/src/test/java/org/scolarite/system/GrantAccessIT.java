package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * « Bourse de collège » over HTTP (issue [P3] « Bad input and security »), with the navigation tests' own family
 * ({@link FamilyFixture}: Jules at the Collège Louise Michel, whose « Bourse de collège » is open by default, and Paul,
 * a pupil of another family). Forged requests are refused with 403 on the server and logged: another family's pupil,
 * another family's application (Hugo Durand's, demo, read from his mother's page); a submitted application is not
 * changed by a replayed form, and a repeated submission creates nothing twice.
 */
@ExtendWith({DeployedEar.class, ArquillianExtension.class})
@RunAsClient
class GrantAccessIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern APPLICATION = Pattern.compile("data-application=\"(\\d+)\"");

    @Deployment(testable = false, name = "fixture", order = 2)
    static WebArchive fixtureWar() {
        return FamilyFixture.war();
    }

    private FamilyFixture family;
    private HttpClient http;

    @BeforeEach
    void create() throws Exception {
        family = FamilyFixture.create();
        http = session(family.username);
        // the fixture's first child shown is Alice (lycée, no grant): show Jules
        assertThat(HttpFacesIT.get(http, "/index.xhtml?enfant=" + family.julesId).statusCode()).isEqualTo(200);
    }

    @AfterEach
    void delete() throws Exception {
        family.delete();
    }

    @Test
    @DisplayName("Security: another family's pupil, by URL or in the posted form, is refused (403) and logged")
    void another_family_pupil() throws Exception {
        HttpResponse<String> byUrl = HttpFacesIT.get(http, "/bourse-college.xhtml?enfant=" + family.strangerId);
        assertThat(byUrl.statusCode()).isEqualTo(403);
        assertThat(byUrl.body()).doesNotContain("grant-form");
        String asked = "compte " + family.username + " a demandé enfant=" + family.strangerId;
        assertThat(DeployedEar.serverLog(asked)).contains(asked);

        String page = HttpFacesIT.get(http, "/bourse-college.xhtml").body();
        Map<String, String> form = form(page, "18000", "2");
        form.put("grant-form:enfant", String.valueOf(family.strangerId));
        form.put("grant-form:saveDraft", "Enregistrer le brouillon");
        assertThat(HttpFacesIT.post(http, "/bourse-college.xhtml", form).statusCode()).isEqualTo(403);
        assertThat(HttpFacesIT.get(http, "/bourse-college.xhtml").body()).doesNotContain("id=\"grant-draft\"");
    }

    @Test
    @DisplayName("Security: another family's application asked by its id is refused (403) and logged; a malformed id too")
    void another_family_application() throws Exception {
        HttpClient mother = session("claire.durand1");
        Matcher hugo = APPLICATION.matcher(HttpFacesIT.get(mother, "/bourse-lycee.xhtml").body());
        assertThat(hugo.find()).as("Hugo's demo application").isTrue();
        HttpResponse<String> refused = HttpFacesIT.get(http, "/bourse-college.xhtml?demande=" + hugo.group(1));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("grant-status");
        String logged = "Bourse refusée : compte " + family.username + " a demandé la demande " + hugo.group(1);
        assertThat(DeployedEar.serverLog(logged)).contains(logged);
        assertThat(HttpFacesIT.get(http, "/bourse-college.xhtml?demande=x1").statusCode()).isEqualTo(403);
        // the lycée's page is not open for a collège pupil
        assertThat(HttpFacesIT.get(http, "/bourse-lycee.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("R-BOURSE-2, double submission: the same submission twice creates one application; a replayed form "
            + "with other answers cannot change it once submitted (refused, logged)")
    void replayed_form() throws Exception {
        String first = HttpFacesIT.get(http, "/bourse-college.xhtml").body();
        String second = HttpFacesIT.get(http, "/bourse-college.xhtml").body(); // another tab, left open

        Map<String, String> submit = form(first, "21 300", "3");
        submit.put("grant-form:certified", "on");
        submit.put("grant-form:submit", "Déposer la demande");
        HttpResponse<String> submitted = HttpFacesIT.post(http, "/bourse-college.xhtml", submit);
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body()).contains("id=\"grant-state\"", "Déposée");
        Matcher id = APPLICATION.matcher(submitted.body());
        assertThat(id.find()).isTrue();

        // the double click: the same request again changes nothing
        HttpResponse<String> again = HttpFacesIT.post(http, "/bourse-college.xhtml", submit);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("data-application=\"" + id.group(1) + "\"", "Déposée");

        // the tab left open: other answers, submitted or as a draft, are refused
        Map<String, String> replay = form(second, "1", "9");
        replay.put("grant-form:certified", "on");
        replay.put("grant-form:submit", "Déposer la demande");
        HttpResponse<String> refused = HttpFacesIT.post(http, "/bourse-college.xhtml", replay);
        assertThat(refused.body()).contains("elle ne peut plus être modifiée");
        String logged = "Bourse refusée : compte " + family.username + " a voulu modifier la demande " + id.group(1);
        assertThat(DeployedEar.serverLog(logged)).contains(logged);

        String page = HttpFacesIT.get(http, "/bourse-college.xhtml").body();
        assertThat(page).contains("data-application=\"" + id.group(1) + "\"").containsPattern("21[^<]{0,8}300,00")
                .doesNotContain("id=\"grant-form\"");
    }

    /** The grant form of {@code page} filled with a complete household; income and children as given. */
    private Map<String, String> form(String page, String income, String children) {
        Matcher state = VIEW_STATE.matcher(page);
        assertThat(state.find()).as("view state").isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant-form", "grant-form");
        form.put("grant-form:enfant", String.valueOf(family.julesId));
        form.put("grant-form:household", "ONE_GUARDIAN");
        form.put("grant-form:firstGuardian", "Marie Martin");
        form.put("grant-form:secondGuardian", "");
        form.put("grant-form:referenceIncome", income);
        form.put("grant-form:childrenInCharge", children);
        form.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        return form;
    }

    private static HttpClient session(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        assertThat(HttpFacesIT.postLogin(client, "/login.xhtml", username, FamilyFixture.PASSWORD))
                .contains("portal-nav");
        return client;
    }
}
