package org.scolarite.admin.statistics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import org.scolarite.statistics.entity.AccessCount;

/**
 * The Chart.js configuration of an access chart (R-STAT-3), for PrimeFaces 15's {@code p:chart} (raw JSON: the
 * Java chart models were removed in 15): bars stacked guardians over pupils, a tooltip listing both for the bar
 * hovered, and its total in the footer (added by {@code statistics.js}, Chart.js callbacks being functions).
 */
final class AccessChart {

    private static final String GUARDIAN_COLOUR = "#000091";
    private static final String STUDENT_COLOUR = "#6a6af4";

    private AccessChart() {
    }

    static String stackedBars(List<AccessCount> bars, Function<AccessCount, String> label, String guardians,
                              String students, String total) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder guardianData = Json.createArrayBuilder();
        JsonArrayBuilder studentData = Json.createArrayBuilder();
        for (AccessCount bar : bars) {
            labels.add(label.apply(bar));
            guardianData.add(bar.guardianAccesses());
            studentData.add(bar.studentAccesses());
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(guardians, guardianData, GUARDIAN_COLOUR))
                                .add(dataset(students, studentData, STUDENT_COLOUR))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("interaction", Json.createObjectBuilder().add("mode", "index").add("intersect", false))
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom"))
                                .add("tooltip", Json.createObjectBuilder().add("mode", "index")
                                        .add("intersect", false))
                                // Read by statistics.js for the tooltip's footer.
                                .add("totalLabel", total))
                        .add("scales", Json.createObjectBuilder()
                                .add("x", stacked)
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour)
                .add("stack", "accesses");
    }
}
