package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * « Vie scolaire » of the deployed EAR over HTTP, on the demo data (R-VS-1, R-SVC-3, R-PORTAL-5): what Léa's family
 * sees, what it never sees, and the refusals — another family's child by a crafted URL, a school without the
 * school-life module — answered « 403 » and logged. Léa's showcase events ({@code SchoolLifeDemo}) are recent days of
 * the year: the whole year is asked so that the test does not depend on where today falls in a period.
 */
@ExtendWith(DeployedEar.class)
class SchoolLifeIT {

    private static final Pattern CHILD = Pattern.compile("name=\"enfant\" value=\"(\\d+)\"");

    @Test
    @DisplayName("R-VS-1: the guardian sees Léa's published absences, lateness, punishment, the sanction the family was "
            + "told of, the measure and the office's contact; never the unpublished absence and punishment nor the "
            + "sanction the family was not told of")
    void guardianSeesOnlyPublished() throws Exception {
        HttpClient claire = HttpFacesIT.visitor();
        HttpFacesIT.postLogin(claire, "/login.xhtml", "claire.durand", "Demo-2026");

        HttpResponse<String> page = get(claire, "/vie-scolaire.xhtml?selection=annee");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"nav-SCHOOL_LIFE\"", "Toute l’année", "Travail non fait à plusieurs reprises",
                "Bousculade dans la cour", "Point quotidien avec la vie scolaire pendant trois semaines", "Sans motif",
                "vie-scolaire.0140070a@ac-normandie.fr", "Demi-journées d’absence par semaine");
        assertThat(page.body()).doesNotContain("Motif en cours de vérification", "Refus de travailler en technologie",
                "Propos injurieux envers un camarade");
        assertThat(get(claire, "/vie-scolaire.xhtml?selection=annee%27%20OR%201=1").statusCode())
                .as("a crafted range is only the default range").isEqualTo(200);
    }

    @Test
    @DisplayName("R-VS-1, R-PORTAL-5: another family's child asked by a crafted URL → 403, nothing of him shown, logged")
    void otherFamilysChild() throws Exception {
        HttpClient claire = HttpFacesIT.visitor();
        HttpFacesIT.postLogin(claire, "/login.xhtml", "claire.durand", "Demo-2026");
        Matcher lea = CHILD.matcher(get(claire, "/vie-scolaire.xhtml").body());
        assertThat(lea.find()).as("the page names the child it shows").isTrue();

        HttpClient hugosMother = HttpFacesIT.visitor();
        HttpFacesIT.postLogin(hugosMother, "/login.xhtml", "claire.durand1", "Demo-2026");
        HttpResponse<String> crafted = get(hugosMother, "/vie-scolaire.xhtml?selection=annee&enfant=" + lea.group(1));

        assertThat(crafted.statusCode()).isEqualTo(403);
        assertThat(crafted.body()).contains("Accès refusé").doesNotContain("Bousculade dans la cour", "Léa");
        assertThat(DeployedEar.serverLog("compte claire.durand1 a demandé enfant=" + lea.group(1)))
                .contains("Accès refusé au portail : compte claire.durand1 a demandé enfant=" + lea.group(1));
    }

    @Test
    @DisplayName("R-SVC-3, R-PORTAL-5: the lycée does without the school-life module: no « Vie scolaire » in Hugo's menu, "
            + "the page asked directly → 403, logged; no absence tile on his home")
    void closedService() throws Exception {
        HttpClient hugosMother = HttpFacesIT.visitor();
        String home = HttpFacesIT.postLogin(hugosMother, "/login.xhtml", "claire.durand1", "Demo-2026");
        assertThat(home).contains("Hugo").doesNotContain("nav-SCHOOL_LIFE", "demi-journée");

        HttpResponse<String> direct = get(hugosMother, "/vie-scolaire.xhtml");

        assertThat(direct.statusCode()).isEqualTo(403);
        assertThat(direct.body()).contains("Ce service n’est pas ouvert pour cet enfant");
        assertThat(DeployedEar.serverLog("compte claire.durand1 a demandé service=SCHOOL_LIFE"))
                .contains("compte claire.durand1 a demandé service=SCHOOL_LIFE (");
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
