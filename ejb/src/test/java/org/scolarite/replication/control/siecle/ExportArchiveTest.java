package org.scolarite.replication.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scolarite.replication.entity.PupilRecord;
import org.scolarite.replication.entity.SourceItem;

class ExportArchiveTest {

    @TempDir
    Path dir;

    private Path zip(String name, Object... entries) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (int i = 0; i < entries.length; i += 2) {
                out.putNextEntry(new ZipEntry((String) entries[i]));
                out.write((byte[]) entries[i + 1]);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Samples.path(name));
    }

    @Test
    @DisplayName("a zip is recognised by its signature whatever its name; a plain export is not a zip")
    void is_zip() throws IOException {
        Path zip = zip("export.xml", "ElevesSansAdresses.xml", sample("ElevesSansAdresses.xml"));
        assertThat(ExportArchive.isZip(zip)).isTrue();
        assertThat(ExportArchive.isZip(Samples.path("ElevesSansAdresses.xml"))).isFalse();
        assertThat(ExportArchive.isZip(dir.resolve("absent.zip"))).isFalse();
    }

    @Test
    @DisplayName("zipped input: the XML entries are extracted flat (others ignored) and read like plain files")
    void zipped_input() throws IOException {
        Path zip = zip("0140070A.zip",
                "exports/ElevesSansAdresses.xml", sample("ElevesSansAdresses.xml"),
                "exports/LISEZMOI.txt", "à lire".getBytes(),
                "exports/", new byte[0],
                "ResponsablesAvecAdresses.XML", sample("ResponsablesAvecAdresses.xml"));
        Path target = dir.resolve("runs/7/0140070A");
        List<Path> files = ExportArchive.extract(zip, target);
        assertThat(files).containsExactly(target.resolve("ElevesSansAdresses.xml").toAbsolutePath(),
                target.resolve("ResponsablesAvecAdresses.XML").toAbsolutePath());
        try (var listing = Files.list(target)) {
            assertThat(listing).hasSize(2);
        }
        List<SourceItem> items = Samples.readAll(files.get(0), Samples.UAI);
        // same file name, same bytes: the very items of the plain file
        assertThat(items).isEqualTo(Samples.readAll("ElevesSansAdresses.xml"));
        assertThat(Samples.only(items, PupilRecord.class)).extracting(PupilRecord::lastName)
                .contains("LEFÈVRE-DUBŒUF");
    }

    @Test
    @DisplayName("zip slip: an entry leaving the target directory refuses the whole archive, nothing written")
    void zip_slip() throws IOException {
        Path zip = zip("piege.zip", "Nomenclature.xml", sample("Nomenclature.xml"),
                "../../evil.xml", "<x/>".getBytes());
        Path target = dir.resolve("runs/8/0140070A");
        assertThatThrownBy(() -> ExportArchive.extract(zip, target)).isInstanceOf(UnreadableExport.class)
                .hasMessage("piege.zip : l'entrée « ../../evil.xml » sort du dossier de dépôt, archive refusée");
        assertThat(dir.resolve("runs/evil.xml")).doesNotExist();
        assertThat(target.resolve("Nomenclature.xml")).doesNotExist();
    }

    @Test
    @DisplayName("zip bomb: an entry beyond the size cap once inflated is refused, whatever size it declares")
    void size_cap() throws IOException {
        Path zip = zip("gros.zip", "ElevesSansAdresses.xml", new byte[10_000]);
        Path target = dir.resolve("out");
        assertThatThrownBy(() -> ExportArchive.extract(zip, target, 4_096)).isInstanceOf(UnreadableExport.class)
                .hasMessageContaining("dépasse la taille maximale autorisée une fois décompressée (4096 octets)");
        assertThat(target.resolve("ElevesSansAdresses.xml")).doesNotExist();
        assertThat(ExportArchive.MAX_ENTRY_BYTES).isEqualTo(2L * 1024 * 1024 * 1024);
    }

    @Test
    @DisplayName("a damaged archive is refused with a French reason")
    void damaged() throws IOException {
        Path zip = dir.resolve("abime.zip");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThat(ExportArchive.isZip(zip)).isTrue();
        assertThatThrownBy(() -> ExportArchive.extract(zip, dir.resolve("out"))).isInstanceOf(UnreadableExport.class)
                .hasMessageStartingWith("abime.zip : archive zip endommagée ou illisible");
    }

    @Test
    @DisplayName("two entries with the same file name in different folders are refused rather than one overwriting the other")
    void same_name_twice() throws IOException {
        Path zip = zip("double.zip", "a/Nomenclature.xml", sample("Nomenclature.xml"),
                "b/Nomenclature.xml", sample("Nomenclature.xml"));
        assertThatThrownBy(() -> ExportArchive.extract(zip, dir.resolve("out"))).isInstanceOf(UnreadableExport.class)
                .hasMessage("double.zip : deux fichiers « Nomenclature.xml » dans l'archive");
    }
}
