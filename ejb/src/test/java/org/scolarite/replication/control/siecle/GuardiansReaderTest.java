package org.scolarite.replication.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.scolarite.replication.control.siecle.Samples.anomalies;
import static org.scolarite.replication.control.siecle.Samples.only;
import static org.scolarite.replication.control.siecle.Samples.readAll;
import static org.scolarite.replication.control.siecle.Samples.rejected;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.replication.entity.FileFailure;
import org.scolarite.replication.entity.GuardianshipRecord;
import org.scolarite.replication.entity.GuardianshipRecord.Responsibility;
import org.scolarite.replication.entity.PersonRecord;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SourceItem;

class GuardiansReaderTest {

    private final List<SourceItem> current = readAll("ResponsablesAvecAdresses.xml");
    private final List<SourceItem> old = readAll("ResponsablesAvecAdresses_2014.xml");

    private static PersonRecord person(List<SourceItem> items, String id) {
        return only(items, PersonRecord.class).stream().filter(p -> p.sourceId().equals(id)).findFirst().orElseThrow();
    }

    private static GuardianshipRecord guardianship(List<SourceItem> items, String pupilId) {
        return only(items, GuardianshipRecord.class).stream().filter(g -> g.pupilSourceId().equals(pupilId))
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a person with his household's address joined, ISO-8859-15 accents (œ, €, é) read right")
    void person_with_address() {
        PersonRecord helene = person(current, "5001");
        assertThat(helene.civility()).isEqualTo("MME");
        assertThat(helene.lastName()).isEqualTo("LEFÈVRE-DUBŒUF");
        assertThat(helene.usageName()).isEqualTo("LEFÈVRE");
        assertThat(helene.firstName()).isEqualTo("Hélène");
        assertThat(helene.homePhone()).isEqualTo("02 31 00 00 01");
        assertThat(helene.mobilePhone()).isEqualTo("06 00 00 00 01");
        assertThat(helene.workPhone()).isNull();
        assertThat(helene.email()).isEqualTo("helene.lefevre@exemple.fr");
        assertThat(helene.acceptsSms()).isTrue();
        assertThat(helene.professionCode()).isEqualTo("33");
        assertThat(helene.address().line1()).isEqualTo("3 ALLÉE DES ŒILLETS");
        assertThat(helene.address().line2()).isEqualTo("BÂTIMENT « 10 € LE M² »");
        assertThat(person(current, "5002").address()).isEqualTo(helene.address());
        assertThat(person(current, "5002").email()).isNull();
        assertThat(person(current, "5003").address().foreignTown()).isEqualTo("GENÈVE");
        assertThat(person(current, "5005").firstName()).isNull();
        assertThat(person(current, "5005").lastName()).isEqualTo("AIDE SOCIALE À L'ENFANCE");
        assertThat(helene.location().key()).isEqualTo("PERSONNE_ID=5001");
    }

    @Test
    @DisplayName("R-REPL-2: a duplicate PERSONNE_ID (the second) and a person without name are rejected, the others read")
    void rejected_persons() {
        assertThat(only(current, PersonRecord.class)).extracting(PersonRecord::sourceId)
                .containsExactly("5001", "5002", "5003", "5004", "5005", "5006");
        assertThat(person(current, "5003").lastName()).isEqualTo("D'ALEMBERT");
        assertThat(rejected(current)).filteredOn(r -> r.location().element().equals("PERSONNE"))
                .extracting(r -> r.location().key(), Rejection::reason).containsExactly(
                        tuple("PERSONNE_ID=5003", "PERSONNE_ID 5003 en double dans le fichier : seule la première fiche est reprise"),
                        tuple("PERSONNE_ID=5007", "élément obligatoire manquant ou vide : NOM_DE_FAMILLE"));
    }

    @Test
    @DisplayName("R-ACC-1: current form, the one who pays school fees is légal 1; three level-1 persons: the third is OTHER and an anomaly is reported")
    void three_level_one_guardians() {
        GuardianshipRecord jean = guardianship(current, "1002");
        assertThat(jean.responsibilities()).extracting(Responsibility::personSourceId, Responsibility::level,
                Responsibility::legalRank, Responsibility::relationship).containsExactly(
                tuple("5003", 1, LegalRank.SECOND, "10"),
                tuple("5004", 1, LegalRank.FIRST, "20"),
                tuple("5005", 1, LegalRank.OTHER, "51"),
                tuple("5006", 3, LegalRank.OTHER, "38"));
        Responsibility mother = jean.responsibilities().get(0);
        assertThat(mother.receivesAid()).isTrue();
        assertThat(mother.housesPupil()).isTrue();
        assertThat(mother.contactFirst()).isTrue();
        assertThat(mother.paysFees()).isFalse();
        assertThat(anomalies(current)).singleElement().satisfies(anomaly -> {
            assertThat(anomaly.reason()).isEqualTo("3 représentants légaux de niveau 1 : comptes pour les deux premiers"
                    + " seulement (sans compte : PERSONNE_ID 5005)");
            assertThat(anomaly.location().key()).isEqualTo("ELEVE_ID=1002");
            assertThat(anomaly.location().element()).isEqualTo("RESPONSABLE_ELEVE");
        });
    }

    @Test
    @DisplayName("R-ACC-1: boolean forms true/false; payer first even when listed second")
    void payer_preferred() {
        assertThat(guardianship(current, "1001").responsibilities())
                .extracting(Responsibility::personSourceId, Responsibility::legalRank)
                .containsExactly(tuple("5001", LegalRank.SECOND), tuple("5002", LegalRank.FIRST));
    }

    @Test
    @DisplayName("R-REPL-2: a link to an unknown or rejected person, or with an invalid level, is rejected; the pupil's other links are kept")
    void rejected_links() {
        assertThat(rejected(current)).filteredOn(r -> r.location().element().equals("RESPONSABLE_ELEVE"))
                .extracting(r -> r.location().key(), Rejection::reason).containsExactly(
                        tuple("ELEVE_ID=1003", "lien responsable-élève : NIVEAU_RESPONSABILITE invalide : « 7 » (attendu de 1 à 3)"),
                        tuple("ELEVE_ID=1001", "lien responsable-élève : PERSONNE_ID 8888 absente de PERSONNES"),
                        tuple("ELEVE_ID=1003", "lien responsable-élève : PERSONNE_ID 5007 rejetée dans ce fichier"));
        assertThat(only(current, GuardianshipRecord.class)).extracting(GuardianshipRecord::pupilSourceId)
                .containsExactly("1002", "1001");
        assertThat(current).noneMatch(FileFailure.class::isInstance);
    }

    @Test
    @DisplayName("order: persons first, then the guardianships pupil by pupil in order of first appearance")
    void order() {
        int lastPerson = current.lastIndexOf(only(current, PersonRecord.class).get(5));
        int firstGuardianship = current.indexOf(only(current, GuardianshipRecord.class).get(0));
        assertThat(lastPerson).isLessThan(firstGuardianship);
    }

    @Test
    @DisplayName("R-ACC-1: old form (before 2016): NOM as last name, RESP_LEGAL 1/2 → légal 1/2, 0 → OTHER level 3, ISO-8859-1")
    void old_form() {
        assertThat(person(old, "401").lastName()).isEqualTo("CHÂTEAU");
        assertThat(person(old, "402").firstName()).isEqualTo("Maïté");
        assertThat(person(old, "403").lastName()).isEqualTo("O'BRIEN");
        assertThat(person(old, "403").firstName()).isEqualTo("Siobhán");
        assertThat(person(old, "401").address().line1()).isEqualTo("1 PLACE DU CHÂTEAU");
        GuardianshipRecord pupil = guardianship(old, "301");
        assertThat(pupil.responsibilities()).extracting(Responsibility::personSourceId, Responsibility::level,
                Responsibility::legalRank, Responsibility::relationship).containsExactly(
                tuple("402", 1, LegalRank.SECOND, "10"),
                tuple("401", 1, LegalRank.FIRST, "20"),
                tuple("403", 3, LegalRank.OTHER, null));
        assertThat(old).noneMatch(Rejection.class::isInstance);
    }
}
