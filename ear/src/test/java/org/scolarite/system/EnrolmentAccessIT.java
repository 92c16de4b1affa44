package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * « Inscription en ligne » over HTTP (R-INSC-1, issue [P3] « Bad input and security »), on the navigation tests' own
 * family ({@link FamilyFixture}; Jules assigned to the fixture lycée): another family's pupil, a forged option code and
 * a change after the deadline are refused and logged; a replayed « J'inscris » or « Je n'inscris pas » creates one
 * enrolment and tells the collège once.
 */
@ExtendWith({DeployedEar.class, ArquillianExtension.class})
@RunAsClient
class EnrolmentAccessIT {

    private static final String PAGE = "/inscription.xhtml";

    @Deployment(testable = false, name = "fixture", order = 2)
    static WebArchive fixtureWar() {
        return FamilyFixture.war();
    }

    private FamilyFixture family;
    private PortalSession portal;

    @BeforeEach
    void create() throws Exception {
        family = FamilyFixture.create();
        family.assignJules(LocalDate.now().plusDays(10));
        portal = PortalSession.signIn(family.username, FamilyFixture.PASSWORD);
    }

    @AfterEach
    void delete() throws Exception {
        family.delete();
    }

    @Test
    @DisplayName("Security: another family's pupil, asked by URL or posted as « enfant », is refused (403) and logged")
    void another_family() throws Exception {
        assertThat(portal.get(PAGE + "?enfant=" + family.strangerId).statusCode()).isEqualTo(403);
        assertThat(portal.get(PAGE + "?enfant=" + family.julesId).statusCode()).isEqualTo(200);
        HttpResponse<String> forged = portal.post(PAGE, form("enrolment-form:enrol", Long.toString(family.strangerId)));
        assertThat(forged.statusCode()).isEqualTo(403);
        String logged = "compte " + family.username + " a demandé enfant=" + family.strangerId;
        assertThat(DeployedEar.serverLog(logged)).contains(logged);
        assertThat(family.julesEnrolments()).isEmpty();
    }

    @Test
    @DisplayName("R-INSC-1 security: an option code the MEF does not offer is refused (403), logged, nothing saved")
    void forged_option() throws Exception {
        portal.get(PAGE + "?enfant=" + family.julesId);
        portal.post(PAGE, form("enrolment-form:enrol", Long.toString(family.julesId)));
        List<Map.Entry<String, String>> fields = form("enrolment-form:save-choices", Long.toString(family.julesId));
        fields.add(Map.entry("lvb", "ESP2"));
        fields.add(Map.entry("optional", "RUSSE"));
        HttpResponse<String> forged = portal.post(PAGE, fields);
        assertThat(forged.statusCode()).isEqualTo(403);
        String logged = "compte " + family.username + " a demandé les options ESP2,RUSSE";
        assertThat(DeployedEar.serverLog(logged)).contains(logged);
        assertThat(family.julesEnrolments()).containsExactly("STARTED|");
    }

    @Test
    @DisplayName("R-INSC-1: after the deadline (the day after), a change is refused with the French reason and logged")
    void after_deadline() throws Exception {
        family.enrolmentDeadline(LocalDate.now());
        portal.get(PAGE + "?enfant=" + family.julesId);
        String first = portal.viewState();
        // a second tab, opened before midnight and posted after it
        portal.get(PAGE + "?enfant=" + family.julesId);
        String second = portal.viewState();
        portal.viewState(first);
        portal.post(PAGE, form("enrolment-form:enrol", Long.toString(family.julesId)));
        assertThat(family.julesEnrolments()).as("the deadline day is still open").containsExactly("STARTED|");
        family.enrolmentDeadline(LocalDate.now().minusDays(1));
        portal.viewState(second);
        HttpResponse<String> late = portal.post(PAGE, form("enrolment-form:decline", Long.toString(family.julesId)));
        assertThat(late.body()).contains("est dépassée : l’inscription ne peut plus être modifiée");
        String logged = "Inscription refusée après la date limite du " + LocalDate.now().minusDays(1) + " : compte "
                + family.username;
        assertThat(DeployedEar.serverLog(logged)).contains(logged);
        assertThat(family.julesEnrolments()).containsExactly("STARTED|");
        assertThat(family.collegeOutbox()).isEmpty();
        assertThat(portal.get(PAGE + "?enfant=" + family.julesId).body()).contains("id=\"enrolment-closed\"")
                .doesNotContain("enrolment-form:save-choices");
    }

    @Test
    @DisplayName("R-INSC-1, R-MAIL-1: « J'inscris » and « Je n'inscris pas » sent twice (two tabs, a double click) "
            + "create one enrolment and tell the collège once")
    void replayed_decisions() throws Exception {
        String[] tabs = new String[4];
        for (int i = 0; i < tabs.length; i++) {
            portal.get(PAGE + "?enfant=" + family.julesId);
            tabs[i] = portal.viewState();
        }
        for (String tab : new String[] {tabs[0], tabs[1]}) {
            portal.viewState(tab);
            assertThat(portal.post(PAGE, form("enrolment-form:enrol", Long.toString(family.julesId))).statusCode())
                    .isEqualTo(200);
        }
        assertThat(family.julesEnrolments()).containsExactly("STARTED|");
        for (String tab : new String[] {tabs[2], tabs[3]}) {
            portal.viewState(tab);
            assertThat(portal.post(PAGE, form("enrolment-form:decline", Long.toString(family.julesId))).statusCode())
                    .isEqualTo(200);
        }
        assertThat(family.julesEnrolments()).containsExactly("DECLINED|");
        assertThat(family.collegeOutbox()).singleElement().satisfies(mail -> assertThat(mail)
                .startsWith(family.mailbox + "|").contains("Inscription au lycée refusée : Jules Bernard",
                        "ENROLMENT_REFUSAL", "Lycée Victor Grignard"));
    }

    private static List<Map.Entry<String, String>> form(String button, String child) {
        return new java.util.ArrayList<>(List.of(Map.entry("enrolment-form", "enrolment-form"),
                Map.entry("enrolment-form:enfant", child), Map.entry(button, button)));
    }
}
