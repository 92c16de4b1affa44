package org.scolarite.replication.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.replication.control.siecle.Samples.only;
import static org.scolarite.replication.control.siecle.Samples.readAll;
import static org.scolarite.replication.control.siecle.Samples.rejected;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.replication.entity.AssignmentRecord;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SourceItem;

/** {@code Affectations.xml} (docs/feeds/affectations.md) read by {@link AssignmentsReader}. */
class AssignmentsReaderTest {

    private final List<SourceItem> items = readAll("Affectations.xml");

    @Test
    @DisplayName("TS_AFFECTATIONS: recognised by its root, header read like the SIECLE exports")
    void header() {
        var header = SiecleExports.peek(Samples.path("Affectations.xml"));
        assertThat(header.kind()).isEqualTo(ExportKind.ASSIGNMENTS);
        assertThat(header.uai()).isEqualTo("0140070A");
        assertThat(header.exportDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    @DisplayName("R-INSC-1: an assignment names the pupil, the lycée's UAI and the MEF")
    void records() {
        assertThat(only(items, AssignmentRecord.class)).singleElement().extracting(AssignmentRecord::sourceId,
                AssignmentRecord::pupilId, AssignmentRecord::lyceeUai, AssignmentRecord::mefCode)
                .containsExactly("AFF1", "4567", "0141990M", "20010018110");
    }

    @Test
    @DisplayName("R-REPL-2: missing pupil, malformed UAI and MEF, a pupil or an id twice: rejected with every reason")
    void rejections() {
        assertThat(rejected(items)).extracting(Rejection::reason).containsExactly(
                "élément obligatoire manquant ou vide : ELEVE_ID ; UAI_LYCEE n'est pas un UAI (7 chiffres et une "
                        + "lettre) : « lycee » ; CODE_MEF n'est pas un code MEF de 11 caractères : « 2001 »",
                "ELEVE_ID 4567 affecté deux fois dans le fichier : seule la première affectation est reprise",
                "AFFECTATION ID AFF1 en double dans le fichier : seule la première est reprise");
    }
}
