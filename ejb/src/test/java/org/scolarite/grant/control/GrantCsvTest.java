package org.scolarite.grant.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.grant.entity.GrantLine;
import org.scolarite.grant.entity.GrantStatus;
import org.scolarite.grant.entity.Household;

class GrantCsvTest {

    @Test
    @DisplayName("R-BOURSE-2 export: French Excel CSV (BOM, « ; », CRLF), amounts with a decimal comma, typed names "
            + "never run as formulas")
    void french_excel() {
        GrantLine line = new GrantLine(7, 0, NationalService.COLLEGE_GRANT, "Durand Léa", "6F", GrantStatus.GRANTED,
                Household.TWO_GUARDIANS, "=HYPERLINK(\"x\") / Marc Durand", new BigDecimal("18450.50"), 2,
                LocalDateTime.of(2026, 10, 5, 18, 30), "claire.durand");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GrantCsv.write(List.of(line), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFÉlève;Classe;Bourse;Statut;");
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains("\r\n", "Durand Léa;6F;Collège;Accordée;05/10/2026;claire.durand;",
                ";18450,50;2", "\"'=HYPERLINK(\"\"x\"\") / Marc Durand\"");
    }
}
