package org.scolarite.replication.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.scolarite.replication.control.siecle.Samples.anomalies;
import static org.scolarite.replication.control.siecle.Samples.only;
import static org.scolarite.replication.control.siecle.Samples.readAll;
import static org.scolarite.replication.control.siecle.Samples.rejected;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.replication.entity.MefRecord;
import org.scolarite.replication.entity.ProgrammeRecord;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.replication.entity.StaffMemberRecord;
import org.scolarite.replication.entity.StructureRecord;
import org.scolarite.replication.entity.StructureRecord.TeachingService;
import org.scolarite.replication.entity.SubjectRecord;

class NomenclatureAndStsReaderTest {

    private final List<SourceItem> nomenclature = readAll("Nomenclature.xml");
    private final List<SourceItem> sts = readAll("sts_emp_0140070A_2018.xml");

    @Test
    @DisplayName("Nomenclature: MEFs, subjects, programmes in file order, OPTIONS_OBLIGATOIRES skipped")
    void nomenclature_records() {
        assertThat(nomenclature).extracting(item -> item.getClass().getSimpleName()).containsExactly(
                "MefRecord", "MefRecord", "Rejection", "Rejection", "SubjectRecord", "SubjectRecord",
                "ProgrammeRecord", "ProgrammeRecord");
        MefRecord third = only(nomenclature, MefRecord.class).get(0);
        assertThat(third).extracting(MefRecord::code, MefRecord::formation, MefRecord::editionLabel,
                MefRecord::attachedMefCode, MefRecord::mefstat, MefRecord::status, MefRecord::openedOn,
                MefRecord::closedOn).containsExactly("10310019110", "3EME", "3ème", "10310019110", "10310019", "4",
                LocalDate.of(2016, 9, 1), null);
        assertThat(third.location().key()).isEqualTo("CODE_MEF=10310019110");
        SubjectRecord latin = only(nomenclature, SubjectRecord.class).get(1);
        assertThat(latin).extracting(SubjectRecord::code, SubjectRecord::managementCode, SubjectRecord::shortLabel,
                SubjectRecord::longLabel, SubjectRecord::editionLabel).containsExactly("020700", "LCALA", "LCA LATIN",
                "LANGUES ET CULTURES DE L'ANTIQUITÉ LATIN", "Latin");
        assertThat(latin.location().key()).isEqualTo("CODE_MATIERE=020700");
        assertThat(only(nomenclature, ProgrammeRecord.class)).extracting(ProgrammeRecord::mefCode,
                ProgrammeRecord::subjectCode, ProgrammeRecord::modality, ProgrammeRecord::hours).containsExactly(
                tuple("10310019110", "030201", "O", "3.00"), tuple("10310019110", "020700", "F", "1.00"));
    }

    @Test
    @DisplayName("R-REPL-2: a MEF without CODE_MEF and a duplicate CODE_MEF are rejected, the file goes on")
    void nomenclature_rejections() {
        assertThat(rejected(nomenclature)).extracting(r -> r.location().key(), Rejection::reason).containsExactly(
                tuple(null, "élément obligatoire manquant ou vide : CODE_MEF"),
                tuple("CODE_MEF=10110001110", "CODE_MEF 10110001110 en double dans le fichier : seule la première fiche est reprise"));
    }

    @Test
    @DisplayName("STS-web: teachers with disciplines and the divisions they are professeur principal of")
    void sts_staff() {
        List<StaffMemberRecord> staff = only(sts, StaffMemberRecord.class);
        assertThat(staff).extracting(StaffMemberRecord::sourceId, StaffMemberRecord::type, StaffMemberRecord::civility,
                StaffMemberRecord::lastName, StaffMemberRecord::firstName, StaffMemberRecord::function,
                StaffMemberRecord::disciplines, StaffMemberRecord::mainTeacherOf).containsExactly(
                tuple("12345", "epp", "MME", "LE GOFF-LEMAÎTRE", "Cécile", "ENS", List.of("L0422"), List.of("3A")),
                tuple("12346", "epp", "M.", "D'ARTAGNAN", "Jérôme", "ENS", List.of("L0202", "L0201"), List.of()));
        assertThat(staff.get(0).location().key()).isEqualTo("ID=12345");
        assertThat(rejected(sts)).singleElement().extracting(Rejection::reason)
                .isEqualTo("élément obligatoire manquant ou vide : ID");
    }

    @Test
    @DisplayName("STS-web: divisions and groups with who teaches what (one service per subject), a group's divisions")
    void sts_structures() {
        List<StructureRecord> structures = only(sts, StructureRecord.class);
        assertThat(structures).extracting(StructureRecord::code, StructureRecord::division, StructureRecord::label,
                StructureRecord::divisionCodes).containsExactly(
                tuple("3A", true, "3ÈME A", List.of()),
                tuple("3B", true, "3ÈME B", List.of()),
                tuple("3AGL1", false, "3A ANGLAIS GROUPE 1", List.of("3A", "3B")));
        assertThat(structures.get(0).services()).containsExactly(
                new TeachingService("030201", List.of("12345")), new TeachingService("020700", List.of("12346")));
        assertThat(structures.get(1).services()).isEmpty();
        assertThat(structures.get(2).location().key()).isEqualTo("CODE=3AGL1");
        assertThat(anomalies(sts)).isEmpty();
    }

    @Test
    @DisplayName("STS-web header: UAJ@CODE, ANNEE_SCOLAIRE@ANNEE, the date of HORODATAGE")
    void sts_header() {
        var header = SiecleExports.peek(Samples.path("sts_emp_0140070A_2018.xml"));
        assertThat(header.uai()).isEqualTo("0140070A");
        assertThat(header.schoolYear()).isEqualTo(2018);
        assertThat(header.exportDate()).isEqualTo(LocalDate.of(2018, 9, 4));
        assertThat(header.timestamp()).isEqualTo("04/09/2018 07:30:00");
        assertThat(header.version()).isNull();
    }
}
