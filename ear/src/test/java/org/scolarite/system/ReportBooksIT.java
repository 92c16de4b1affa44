package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * The report books' pages over HTTP for the navigation fixture's family (Jules at a collège, Alice at a lycée, Léo
 * whose access was removed, and Paul of another family): each book where its service is open, and refusals (403 with
 * the refusal page, a WARNING in the server log by the access filter) for another family's child, a book the child's
 * establishment does not offer and a pupil whose access was removed — the LSU's PDF URL included (R-LSL-1, R-LSU-1,
 * R-PORTAL-5, R-ACC-9).
 */
@ExtendWith({DeployedEar.class, ArquillianExtension.class})
@RunAsClient
class ReportBooksIT {

    @Deployment(testable = false, name = "fixture", order = 2)
    static WebArchive fixtureWar() {
        return FamilyFixture.war();
    }

    private FamilyFixture family;
    private HttpClient http;

    @BeforeEach
    void signIn() throws Exception {
        family = FamilyFixture.create();
        http = HttpFacesIT.visitor();
        HttpFacesIT.postLogin(http, "/login.xhtml", family.username, FamilyFixture.PASSWORD);
    }

    @AfterEach
    void cleanUp() throws Exception {
        family.delete();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("R-LSU-1, R-LSL-1: each book opens where its service is open; the LSU's PDF is a PDF, not kept")
    void booksWhereOpen() throws Exception {
        HttpResponse<byte[]> lsu = get("/livret-cp-3e.xhtml?enfant=" + family.julesId);
        assertThat(lsu.statusCode()).isEqualTo(200);
        assertThat(text(lsu)).contains("id=\"lsu-title\"", "Aucun bilan n’a encore été publié");

        HttpResponse<byte[]> pdf = get("/livret-cp-3e.xhtml?format=pdf&enfant=" + family.julesId);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        HttpResponse<byte[]> lsl = get("/livret-lycee.xhtml?enfant=" + family.aliceId);
        assertThat(lsl.statusCode()).isEqualTo(200);
        assertThat(text(lsl)).contains("id=\"lsl-title\"", "Le livret scolaire du lycée ne contient encore");
    }

    @Test
    @DisplayName("R-PORTAL-5: another family's child by a crafted URL — page or PDF — is refused (403), nothing shown")
    void anotherFamilysChild() throws Exception {
        HttpResponse<byte[]> lsl = get("/livret-lycee.xhtml?enfant=" + family.strangerId);
        assertThat(lsl.statusCode()).isEqualTo(403);
        assertThat(text(lsl)).doesNotContain("Paul", "Moreau");

        HttpResponse<byte[]> pdf = get("/livret-cp-3e.xhtml?format=pdf&enfant=" + family.strangerId);
        assertThat(pdf.statusCode()).isEqualTo(403);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .doesNotContain("pdf"));
    }

    @Test
    @DisplayName("R-PORTAL-5: a book the child's establishment does not offer is refused (LSL at a collège, LSU at a "
            + "lycée), its PDF too")
    void bookNotOffered() throws Exception {
        assertThat(get("/livret-lycee.xhtml?enfant=" + family.julesId).statusCode()).isEqualTo(403);
        assertThat(get("/livret-cp-3e.xhtml?enfant=" + family.aliceId).statusCode()).isEqualTo(403);
        assertThat(get("/livret-cp-3e.xhtml?format=pdf&enfant=" + family.aliceId).statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("R-ACC-9: a pupil whose access the school removed loses the books: page and PDF refused")
    void accessRemoved() throws Exception {
        assertThat(get("/livret-cp-3e.xhtml?enfant=" + family.leoId).statusCode()).isEqualTo(403);
        HttpResponse<byte[]> pdf = get("/livret-cp-3e.xhtml?format=pdf&enfant=" + family.leoId);
        assertThat(pdf.statusCode()).isEqualTo(403);
        assertThat(text(pdf)).doesNotStartWith("%PDF");
    }
}
