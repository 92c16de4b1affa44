package org.scolarite.admin.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.replication.entity.SchoolRunStatus;

class ReplicationTextTest {

    private static final ResourceBundle FRENCH = load("fr");
    private static final ResourceBundle ENGLISH = load("en");

    private static ResourceBundle load(String language) {
        try (InputStream in = ReplicationTextTest.class.getResourceAsStream(
                "/org/scolarite/admin/replication/messages_" + language + ".properties")) {
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("R-REPL-2: the rejection report downloads as rejets-replication-<n°>-<date>.csv")
    void rejection_report_file_name() {
        assertThat(ReplicationText.rejectionsFileName(42, LocalDate.of(2026, 11, 30)))
                .isEqualTo("rejets-replication-42-2026-11-30.csv");
    }

    @Test
    @DisplayName("Durations read as seconds, minutes and seconds, then hours and minutes")
    void durations() {
        assertThat(ReplicationText.duration(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(ReplicationText.duration(Duration.ofSeconds(185))).isEqualTo("3 min 05 s");
        assertThat(ReplicationText.duration(Duration.ofMinutes(62).plusSeconds(30))).isEqualTo("1 h 02 min");
        // A clock a little behind the run's start (another server) does not show a negative duration.
        assertThat(ReplicationText.duration(Duration.ofSeconds(-3))).isEqualTo("0 s");
    }

    @Test
    @DisplayName("Sizes read in the page's units and decimal mark: French, English")
    void sizes() {
        assertThat(ReplicationText.size(812, FRENCH, Locale.FRENCH)).isEqualTo("812 octets");
        assertThat(ReplicationText.size(12_595, FRENCH, Locale.FRENCH)).isEqualTo("12,3 ko");
        assertThat(ReplicationText.size(4_718_592, FRENCH, Locale.FRENCH)).isEqualTo("4,5 Mo");
        assertThat(ReplicationText.size(812, ENGLISH, Locale.ENGLISH)).isEqualTo("812 bytes");
        assertThat(ReplicationText.size(12_595, ENGLISH, Locale.ENGLISH)).isEqualTo("12.3 KB");
        assertThat(ReplicationText.size(4_718_592, ENGLISH, Locale.ENGLISH)).isEqualTo("4.5 MB");
    }

    @Test
    @DisplayName("A run's number reads in messages as in the runs list: « n° 1601 », never grouped as « 1 601 »")
    void run_numbers_are_not_grouped() {
        for (String key : List.of("launch.running", "run.started", "run.restarted")) {
            assertThat(new MessageFormat(FRENCH.getString(key), Locale.FRENCH).format(new Object[] {1601L}))
                    .as(key).contains("n° 1601");
            assertThat(new MessageFormat(ENGLISH.getString(key), Locale.ENGLISH).format(new Object[] {1601L}))
                    .as(key).contains("no. 1601");
        }
    }

    @Test
    @DisplayName("R-REPL-2: a feed's name comes from the bundle; one a later issue adds shows its code, not a broken key")
    void feed_names() {
        assertThat(ReplicationText.feed(FRENCH, "PUPILS")).isEqualTo("Élèves");
        assertThat(ReplicationText.feed(FRENCH, "STS")).isEqualTo("STS-web (services)");
        assertThat(ReplicationText.feed(FRENCH, "GRADES")).isEqualTo("GRADES");
    }

    @Test
    @DisplayName("Every export kind, trigger and status the pages show has its French and English text")
    void every_value_has_its_text() {
        for (ResourceBundle bundle : new ResourceBundle[] {FRENCH, ENGLISH}) {
            for (ExportKind kind : ExportKind.values()) {
                assertThat(bundle.containsKey("kind." + kind)).as("kind." + kind).isTrue();
                assertThat(bundle.containsKey("feed." + kind)).as("feed." + kind).isTrue();
            }
            for (RunTrigger trigger : RunTrigger.values()) {
                assertThat(bundle.containsKey("trigger." + trigger)).as("trigger." + trigger).isTrue();
            }
            for (RunStatus status : RunStatus.values()) {
                assertThat(bundle.containsKey("status." + status)).as("status." + status).isTrue();
                assertThat(bundle.containsKey("status." + status + ".help")).as("status." + status).isTrue();
            }
            for (SchoolRunStatus status : SchoolRunStatus.values()) {
                assertThat(bundle.containsKey("school." + status)).as("school." + status).isTrue();
            }
        }
        assertThat(FRENCH.keySet()).containsExactlyInAnyOrderElementsOf(ENGLISH.keySet());
        assertThat(FRENCH.getString("kind.PUPILS")).isEqualTo("Élèves");
        assertThat(FRENCH.getString("status.COMPLETED_WITH_FAILURES")).isEqualTo("Terminé avec échecs");
    }
}
