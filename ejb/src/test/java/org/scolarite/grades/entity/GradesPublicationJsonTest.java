package org.scolarite.grades.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.grades.entity.GradesPublicationTest.DECEMBER_12;
import static org.scolarite.grades.entity.GradesPublicationTest.MARCH_20;
import static org.scolarite.grades.entity.GradesPublicationTest.RENTREE;
import static org.scolarite.grades.entity.GradesPublicationTest.SIXIEME_A;
import static org.scolarite.grades.entity.GradesPublicationTest.SIXIEME_B;
import static org.scolarite.grades.entity.GradesPublicationTest.YEAR_END;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The setting is stored as JSON-B in the versioned settings table: what is written must read back equal. */
class GradesPublicationJsonTest {

    private static Jsonb jsonb;

    @BeforeAll
    static void createJsonb() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void closeJsonb() throws Exception {
        jsonb.close();
    }

    @Test
    @DisplayName("R-NOTES-2: the default setting survives a JSON-B round trip")
    void defaults_round_trip() {
        String json = jsonb.toJson(GradesPublication.defaults());

        assertThat(json).isEqualTo("{\"deadlines\":[],\"mode\":\"CONTINUOUS\"}");
        assertThat(jsonb.fromJson(json, GradesPublication.class)).isEqualTo(GradesPublication.defaults());
    }

    @Test
    @DisplayName("R-NOTES-1: a setting « à échéance » with dates survives a JSON-B round trip")
    void deadlines_round_trip() {
        GradesPublication publication = GradesPublication.defaults().switchTo(PublicationMode.DEADLINES)
                .withDate(MARCH_20, List.of(SIXIEME_A), RENTREE, YEAR_END)
                .withDate(DECEMBER_12, List.of(SIXIEME_A, SIXIEME_B), RENTREE, YEAR_END);

        String json = jsonb.toJson(publication);

        assertThat(json).isEqualTo("{\"deadlines\":["
                + "{\"date\":\"2026-12-12\",\"divisionId\":10,\"mefId\":1},"
                + "{\"date\":\"2027-03-20\",\"divisionId\":10,\"mefId\":1},"
                + "{\"date\":\"2026-12-12\",\"divisionId\":11,\"mefId\":1}],"
                + "\"mode\":\"DEADLINES\"}");
        assertThat(jsonb.fromJson(json, GradesPublication.class)).isEqualTo(publication);
    }

    @Test
    @DisplayName("R-NOTES-1: stored dates read back sorted and without duplicates, equal to the setting written")
    void reading_normalises_the_order() {
        String shuffled = "{\"mode\":\"DEADLINES\",\"deadlines\":["
                + "{\"mefId\":1,\"divisionId\":11,\"date\":\"2026-12-12\"},"
                + "{\"mefId\":1,\"divisionId\":10,\"date\":\"2027-03-20\"},"
                + "{\"mefId\":1,\"divisionId\":10,\"date\":\"2026-12-12\"},"
                + "{\"mefId\":1,\"divisionId\":11,\"date\":\"2026-12-12\"}]}";

        GradesPublication read = jsonb.fromJson(shuffled, GradesPublication.class);

        assertThat(read).isEqualTo(GradesPublication.defaults().switchTo(PublicationMode.DEADLINES)
                .withDate(DECEMBER_12, List.of(SIXIEME_A, SIXIEME_B), RENTREE, YEAR_END)
                .withDate(MARCH_20, List.of(SIXIEME_A), RENTREE, YEAR_END));
    }
}
