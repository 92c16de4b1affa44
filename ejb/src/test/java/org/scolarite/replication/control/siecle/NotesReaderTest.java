package org.scolarite.replication.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.scolarite.replication.control.siecle.Samples.only;
import static org.scolarite.replication.control.siecle.Samples.readAll;
import static org.scolarite.replication.control.siecle.Samples.rejected;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.replication.entity.AssessmentRecord;
import org.scolarite.replication.entity.AssessmentRecord.PupilGrade;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.GradePeriodRecord;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SourceItem;

class NotesReaderTest {

    private final List<SourceItem> notes = readAll("Notes.xml");

    @Test
    @DisplayName("Notes.xml (TS_NOTES 1.0): recognised by its root, with the BEE PARAMETRES header")
    void header() {
        var header = SiecleExports.peek(Samples.path("Notes.xml"));
        assertThat(header.kind()).isEqualTo(ExportKind.NOTES);
        assertThat(header.uai()).isEqualTo("0140070A");
        assertThat(header.exportDate()).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    @DisplayName("Notes.xml: periods, then assessments of a division or a group with their grades, in file order")
    void records() {
        assertThat(only(notes, GradePeriodRecord.class)).extracting(GradePeriodRecord::divisionCode,
                GradePeriodRecord::code, GradePeriodRecord::label, GradePeriodRecord::startsOn,
                GradePeriodRecord::endsOn).containsExactly(tuple("6A", "T1", "1er trimestre",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30)));
        List<AssessmentRecord> assessments = only(notes, AssessmentRecord.class);
        assertThat(assessments).extracting(AssessmentRecord::sourceId).containsExactly("100001", "100002");
        AssessmentRecord maths = assessments.get(0);
        assertThat(maths).extracting(AssessmentRecord::divisionCode, AssessmentRecord::groupCode,
                AssessmentRecord::periodCode, AssessmentRecord::subjectCode, AssessmentRecord::teacherId,
                AssessmentRecord::label, AssessmentRecord::assessedOn, AssessmentRecord::publishedOn,
                AssessmentRecord::enteredOn).containsExactly("6A", null, "T1", "061300", "3001",
                "Contrôle : fractions", LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 8),
                LocalDate.of(2026, 10, 7));
        assertThat(maths.coefficient()).isEqualByComparingTo("2");
        assertThat(maths.grades()).extracting(PupilGrade::pupilId, PupilGrade::value, PupilGrade::status)
                .containsExactly(tuple("4001", new BigDecimal("12.5"), null), tuple("4002", null, "ABS"));
        AssessmentRecord spanish = assessments.get(1);
        assertThat(spanish.groupCode()).isEqualTo("LV2 ESPAGNOL 6");
        assertThat(spanish.coefficient()).isEqualByComparingTo("1.5");
        assertThat(spanish.publishedOn()).isNull();
        assertThat(spanish.grades()).extracting(PupilGrade::status, PupilGrade::value)
                .containsExactly(tuple("NNOT", null), tuple(null, new BigDecimal("7.75")));
    }

    @Test
    @DisplayName("R-REPL-2: bad periods, assessments and grades are rejected with their French reason; the file goes on")
    void rejections() {
        // A grade's rejection is located at its DEVOIR (line 22 of the sample), the key naming the pupil.
        assertThat(rejected(notes)).filteredOn(r -> "NOTE".equals(r.location().element()))
                .extracting(r -> r.location().line()).containsOnly(22);
        assertThat(rejected(notes)).extracting(r -> r.location().key(), Rejection::reason).containsExactly(
                tuple("DIVISION=6A CODE=T2", "DATE_FIN avant DATE_DEBUT"),
                tuple("DEVOIR_ID=100001 ELEVE_ID=4003", "Note rejetée : note 21 hors de 0 … 20"),
                tuple("DEVOIR_ID=100001 ELEVE_ID=4001",
                        "Note rejetée : deuxième note de l'élève 4001 pour ce devoir (la première est reprise)"),
                tuple("DEVOIR_ID=100003", "élément obligatoire manquant ou vide : PERIODE ; un devoir est donné à une "
                        + "DIVISION ou à un GROUPE (un seul des deux) ; DATE_DEVOIR n'est pas une date jj/mm/aaaa : "
                        + "« 31/11/2026 » ; COEFFICIENT hors limites : « 0 » (positif, deux décimales au plus)"),
                tuple("DEVOIR_ID=100001", "DEVOIR_ID 100001 en double dans le fichier : seul le premier est repris"));
    }
}
