package org.scolarite.replication.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.replication.control.siecle.UnreadableExport;
import org.scolarite.replication.entity.ExportKind;

class ReplicationInboxTest {

    private static final Path PUPILS = Path.of("ElevesSansAdresses.xml");
    private static final Path TAKEN = Path.of("Nomenclature.xml");
    private static final Path BROKEN = Path.of("Structures.xml");

    @Test
    @DisplayName("R-REPL-1: an export taken by a run between the listing and its reading is no longer pending, "
            + "an unreadable one is left out, the others are listed")
    void filesGoneMeanwhileAreNoLongerPending() {
        List<DepositedFile> pending = ReplicationInbox.readPending(List.of(PUPILS, TAKEN, BROKEN), file -> {
            if (file.equals(TAKEN)) {
                throw new UncheckedIOException(new NoSuchFileException(file.toString()));
            }
            if (file.equals(BROKEN)) {
                throw new UnreadableExport("en-tête PARAMETRES absent");
            }
            return List.of(deposited(file));
        });

        assertThat(pending).extracting(DepositedFile::name).containsExactly(PUPILS.toString());
    }

    @Test
    @DisplayName("R-REPL-1: any other failure to read the inbox is an error, not an empty list")
    void otherReadFailuresAreErrors() {
        assertThatThrownBy(() -> ReplicationInbox.readPending(List.of(PUPILS), file -> {
            throw new UncheckedIOException(new IOException("disque illisible"));
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disque illisible");
    }

    private static DepositedFile deposited(Path file) {
        return new DepositedFile(file.toString(), ExportKind.values()[0], "0141100V", 2026, LocalDate.of(2026, 11, 30),
                1_024, LocalDateTime.of(2026, 11, 30, 18, 0));
    }
}
