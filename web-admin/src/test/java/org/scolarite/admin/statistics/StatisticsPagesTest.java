package org.scolarite.admin.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.statistics.entity.AccessCount;

class StatisticsPagesTest {

    private static PropertyResourceBundle load(String path) {
        try (InputStream in = StatisticsPagesTest.class.getResourceAsStream(path)) {
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("R-STAT-3: the chart's bars stack guardians' over pupils' accesses, with labels and a total label "
            + "for the tooltip")
    void chartConfiguration() {
        String json = AccessChart.stackedBars(List.of(new AccessCount("2026-09", null, 5, 2),
                new AccessCount("2026-10", null, 0, 1)), c -> c.key(), "Responsables", "Élèves", "Total");
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();

        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getValuesAs(v -> v.toString()))
                .containsExactly("\"2026-09\"", "\"2026-10\"");
        JsonObject guardians = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertThat(guardians.getString("label")).isEqualTo("Responsables");
        assertThat(guardians.getJsonArray("data").getJsonNumber(0).longValue()).isEqualTo(5);
        JsonObject students = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(1);
        assertThat(students.getJsonArray("data").getJsonNumber(1).longValue()).isEqualTo(1);
        assertThat(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getBoolean("stacked"))
                .isTrue();
        assertThat(chart.getJsonObject("options").getJsonObject("plugins").getJsonObject("tooltip").getString("mode"))
                .isEqualTo("index");
        assertThat(chart.getJsonObject("options").getJsonObject("plugins").getString("totalLabel")).isEqualTo("Total");
    }

    @Test
    @DisplayName("SPEC §6 UI: the statistics bundles are complete in French and English, every category named")
    void bundles() {
        PropertyResourceBundle fr = load("/org/scolarite/admin/statistics/messages_fr.properties");
        PropertyResourceBundle en = load("/org/scolarite/admin/statistics/messages_en.properties");
        assertThat(en.keySet()).isEqualTo(fr.keySet());
        Set<String> categories = java.util.Arrays.stream(NationalService.values()).map(s -> "category." + s.name())
                .collect(Collectors.toSet());
        assertThat(fr.keySet()).containsAll(categories).contains("category.ACADEMIC", "category.PORTAL");
        PropertyResourceBundle shellFr = load("/org/scolarite/admin/messages_fr.properties");
        PropertyResourceBundle shellEn = load("/org/scolarite/admin/messages_en.properties");
        for (String key : List.of("menu.statistics.students", "menu.statistics.guardians", "menu.statistics.accesses",
                "menu.statistics.academy", "help.statsStudents", "help.statsGuardians", "help.statsAccesses",
                "help.statsAcademy")) {
            assertThat(shellFr.getString(key)).as(key).isNotBlank();
            assertThat(shellEn.getString(key)).as(key).isNotBlank();
        }
    }

    @Test
    @DisplayName("R-STAT-2: the help panel defines each figure of the guardians' synthesis")
    void guardianDefinitions() {
        String help = load("/org/scolarite/admin/messages_fr.properties").getString("help.statsGuardians");
        assertThat(help).contains("Nombre de comptes responsables", "Non notifiés", "Notifiés ou en cours d’activation",
                "année courante", "Utilisés", "% de responsables avec un compte utilisé",
                "% d’élèves ayant au moins un responsable avec un compte utilisé", "refusé");
    }
}
