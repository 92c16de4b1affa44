package org.scolarite.replication.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.replication.control.siecle.Samples.anomalies;
import static org.scolarite.replication.control.siecle.Samples.only;
import static org.scolarite.replication.control.siecle.Samples.readAll;
import static org.scolarite.replication.control.siecle.Samples.rejected;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.people.entity.Sex;
import org.scolarite.replication.entity.FileFailure;
import org.scolarite.replication.entity.PupilRecord;
import org.scolarite.replication.entity.PupilRecord.PupilOption;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.replication.entity.SourceLocation;

class PupilsReaderTest {

    private final List<SourceItem> v21 = readAll("ElevesSansAdresses.xml");
    private final List<SourceItem> v30 = readAll("ElevesAvecAdresses.xml");

    private static PupilRecord pupil(List<SourceItem> items, String id) {
        return only(items, PupilRecord.class).stream().filter(p -> p.sourceId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("version 2.1 without addresses: a pupil complete with division, groups and options, ISO-8859-15 accents read right")
    void complete_pupil_version_21() {
        PupilRecord chloe = pupil(v21, "1001");
        assertThat(chloe.lastName()).isEqualTo("LEFÈVRE-DUBŒUF");
        assertThat(chloe.usageName()).isEqualTo("LEFÈVRE");
        assertThat(chloe.firstName()).isEqualTo("Chloé");
        assertThat(chloe.firstName2()).isEqualTo("Zoé");
        assertThat(chloe.elenoet()).isEqualTo("2501");
        assertThat(chloe.ine()).isEqualTo("070123456AB");
        assertThat(chloe.birthDate()).isEqualTo(LocalDate.of(2005, 3, 14));
        assertThat(chloe.sex()).isEqualTo(Sex.FEMALE);
        assertThat(chloe.birthCity()).isEqualTo("SAINT-ÉTIENNE");
        assertThat(chloe.mefCode()).isEqualTo("10310019110");
        assertThat(chloe.regimeCode()).isEqualTo("2");
        assertThat(chloe.repeating()).isFalse();
        assertThat(chloe.acceptsSms()).isTrue();
        assertThat(chloe.entryDate()).isEqualTo(LocalDate.of(2017, 9, 4));
        assertThat(chloe.departureDate()).isNull();
        assertThat(chloe.divisionCode()).isEqualTo("3A");
        assertThat(chloe.groupCodes()).containsExactly("3AGL1", "LATIN3");
        assertThat(chloe.options()).containsExactly(new PupilOption(1, "O", "030201"), new PupilOption(2, "F", "020700"));
        assertThat(chloe.address()).isNull();
    }

    @Test
    @DisplayName("apostrophes and hyphens kept; empty optional elements are null, not a fault; DOUBLEMENT O is true")
    void empty_optional_elements() {
        PupilRecord jean = pupil(v21, "1002");
        assertThat(jean.lastName()).isEqualTo("D'ALEMBERT");
        assertThat(jean.firstName()).isEqualTo("Jean-Noël");
        assertThat(jean.usageName()).isNull();
        assertThat(jean.firstName2()).isNull();
        assertThat(jean.email()).isNull();
        assertThat(jean.repeating()).isTrue();
        assertThat(jean.groupCodes()).isEmpty();
        assertThat(jean.options()).isEmpty();
        assertThat(anomalies(v21)).noneMatch(anomaly -> anomaly.location().key().equals("ELEVE_ID=1002"));
    }

    @Test
    @DisplayName("a departed pupil is still read, with DATE_SORTIE and his division kept")
    void departed_pupil() {
        PupilRecord lea = pupil(v21, "1003");
        assertThat(lea.departureDate()).isEqualTo(LocalDate.of(2019, 1, 15));
        assertThat(lea.departureReasonCode()).isEqualTo("DEM");
        assertThat(lea.divisionCode()).isEqualTo("3A");
    }

    @Test
    @DisplayName("R-REPL-2: a record missing mandatory elements is rejected with all its reasons, the next records are read")
    void missing_mandatory_elements() {
        Rejection rejection = rejectionOf("ELEVE_ID=1004");
        assertThat(rejection.reason()).contains("DATE_NAISS").contains("CODE_SEXE").startsWith("éléments obligatoires");
        assertThat(rejection.location().element()).isEqualTo("ELEVE");
        assertThat(rejection.location().file()).isEqualTo("ElevesSansAdresses.xml");
        assertThat(rejection.location().line()).isEqualTo(53);
        assertThat(rejection.location().column()).isEqualTo(7);
        assertThat(only(v21, PupilRecord.class)).extracting(PupilRecord::sourceId)
                .containsExactly("1001", "1002", "1003", "1006", "1007");
    }

    @Test
    @DisplayName("R-REPL-2: an impossible date and an unknown sex code reject the record")
    void unparsable_values() {
        Rejection rejection = rejectionOf("ELEVE_ID=1005");
        assertThat(rejection.reason()).contains("DATE_NAISS n'est pas une date jj/mm/aaaa : « 31/02/2005 »")
                .contains("CODE_SEXE inconnu : « 3 »");
    }

    @Test
    @DisplayName("R-REPL-2: a duplicate ELEVE_ID rejects the second record, the first is kept")
    void duplicate_pupil_id() {
        assertThat(rejectionOf("ELEVE_ID=1002").reason()).contains("ELEVE_ID 1002 en double");
        assertThat(pupil(v21, "1002").firstName()).isEqualTo("Jean-Noël");
        assertThat(rejected(v21)).hasSize(3);
    }

    @Test
    @DisplayName("a pupil without division or with two is kept with an anomaly (first division retained)")
    void division_anomalies() {
        assertThat(pupil(v21, "1006").divisionCode()).isNull();
        assertThat(pupil(v21, "1007").divisionCode()).isEqualTo("3C");
        assertThat(anomalies(v21)).extracting(a -> a.location().key(), Rejection::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ELEVE_ID=1006", "aucune division (STRUCTURE de TYPE_STRUCTURE D) pour cet élève"),
                org.assertj.core.groups.Tuple.tuple("ELEVE_ID=1007", "2 divisions (3C, 3D) : seule la division 3C est retenue"));
        assertThat(v21).noneMatch(FileFailure.class::isInstance);
    }

    @Test
    @DisplayName("version 3.0 with addresses: address joined by ADRESSE_ID, € and œ read right, previous school")
    void version_30_with_addresses() {
        PupilRecord anais = pupil(v30, "2001");
        assertThat(anais.lastName()).isEqualTo("N'GUYEN");
        assertThat(anais.usageName()).isEqualTo("N'GUYEN-ŒHLER");
        assertThat(anais.firstName()).isEqualTo("Anaïs");
        assertThat(anais.firstName3()).isEqualTo("Gisèle");
        assertThat(anais.nationalityCode()).isEqualTo("100");
        assertThat(anais.email()).isEqualTo("anais.nguyen@exemple.fr");
        assertThat(anais.mobilePhone()).isEqualTo("06 12 34 56 78");
        assertThat(anais.acceptsSms()).isTrue();
        assertThat(anais.repeating()).isFalse();
        assertThat(anais.previousMefCode()).isEqualTo("10010012110");
        assertThat(anais.previousStructureCode()).isEqualTo("CM2B");
        assertThat(anais.previousSchoolUai()).isEqualTo("0140077K");
        assertThat(anais.divisionCode()).isEqualTo("6A");
        assertThat(anais.address().sourceId()).isEqualTo("9001");
        assertThat(anais.address().line1()).isEqualTo("12 RUE DE L'ÉGLISE");
        assertThat(anais.address().line2()).isEqualTo("RÉSIDENCE « LE CŒUR À 1 € »");
        assertThat(anais.address().line3()).isNull();
        assertThat(anais.address().line4()).isNull();
        assertThat(anais.address().postalCode()).isEqualTo("14000");
        assertThat(anais.address().inseeCode()).isEqualTo("14118");
        assertThat(anais.address().countryLabel()).isEqualTo("FRANCE");
    }

    @Test
    @DisplayName("unreadable optional values and an unknown address are anomalies: the pupil is kept without them")
    void optional_value_anomalies() {
        PupilRecord noe = pupil(v30, "2002");
        assertThat(noe.acceptsSms()).isNull();
        assertThat(noe.entryDate()).isNull();
        assertThat(noe.address()).isNull();
        assertThat(anomalies(v30)).extracting(Rejection::reason).containsExactly(
                "DATE_ENTREE ignoré, ce n'est pas une date jj/mm/aaaa : « 3 septembre »",
                "ACCEPTE_SMS ignoré, valeur inattendue : « peut-être » (1/0, true/false, O/N)",
                "ADRESSE_ID 9999 introuvable dans ADRESSES : élève repris sans adresse");
        assertThat(anomalies(v30)).allMatch(a -> a.location().equals(noe.location()));
    }

    @Test
    @DisplayName("each item's location: file name, line and column where ELEVE starts, ELEVE_ID=<id> key")
    void locations() {
        assertThat(pupil(v21, "1001").location())
                .isEqualTo(new SourceLocation("ElevesSansAdresses.xml", 11, 7, "ELEVE", "ELEVE_ID=1001"));
        assertThat(pupil(v21, "1001").location().describe())
                .isEqualTo("ElevesSansAdresses.xml, ligne 11, colonne 7, ELEVE ELEVE_ID=1001");
    }

    @Test
    @DisplayName("the header of the opened file is given (VERSION, UAJ, year, export date)")
    void header() {
        try (var reader = SiecleExports.open(Samples.path("ElevesAvecAdresses.xml"), Samples.UAI)) {
            assertThat(reader.header().version()).isEqualTo("3.0");
            assertThat(reader.header().exportDate()).isEqualTo(LocalDate.of(2018, 9, 10));
        }
    }

    private Rejection rejectionOf(String key) {
        return rejected(v21).stream().filter(r -> key.equals(r.location().key())).findFirst().orElseThrow();
    }
}
