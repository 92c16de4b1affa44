package org.scolarite.demo.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the demo seeding deposits into the drop zone, so that « Traitements » shows a run with rejections. */
class DemoExportsTest {

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("R-REPL-2: the two demo establishments' exports in <data dir>/replication/inbox/<UAI>/, "
            + "two rejections and an anomaly in the collège, the lycée clean")
    void deposited_with_rejections() {
        Path inbox = DemoExports.inbox(dataDir);
        ExportSink sink = DemoExports.deposit(inbox, ExportSinkTest.SEED, ExportSinkTest.NOW.plusNanos(123));

        assertThat(inbox).isEqualTo(dataDir.resolve("replication/inbox"));
        for (String uai : new String[] {ExportSinkTest.COLLEGE, ExportSinkTest.LYCEE}) {
            assertThat(inbox.resolve(uai)).isDirectoryContaining("glob:**/ElevesSansAdresses.xml")
                    .isDirectoryContaining("glob:**/ResponsablesAvecAdresses.xml")
                    .isDirectoryContaining("glob:**/Nomenclature.xml")
                    .isDirectoryContaining("glob:**/sts_emp_" + uai + "_2026.xml");
        }
        assertThat(sink.appliedFaults()).extracting(AppliedFault::fault).containsExactlyInAnyOrder(
                ExportFault.MISSING_BIRTH_DATE, ExportFault.UNKNOWN_MEF, ExportFault.THREE_LEGAL_GUARDIANS);
        assertThat(sink.appliedFaults()).extracting(AppliedFault::uai).containsOnly(ExportSinkTest.COLLEGE);
        // every file still parses: the demo run rejects records, not files
        assertThat(ExportXml.read(inbox.resolve(ExportSinkTest.COLLEGE).resolve("ElevesSansAdresses.xml"))
                .all("ELEVE")).hasSize(600);
    }

    @Test
    @DisplayName("a drop zone that cannot be written fails with its reason (the seeding logs it and goes on)")
    void unwritable() throws Exception {
        Path notADirectory = Files.writeString(dataDir.resolve("inbox"), "");
        assertThatThrownBy(() -> DemoExports.deposit(notADirectory, ExportSinkTest.SEED, ExportSinkTest.NOW))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining(ExportSinkTest.COLLEGE);
    }
}
