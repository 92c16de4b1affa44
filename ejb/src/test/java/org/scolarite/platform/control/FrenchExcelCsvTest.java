package org.scolarite.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FrenchExcelCsvTest {

    @Test
    @DisplayName("R-LIST-1: the exports open in French Excel — BOM, « ; », CRLF, quotes where a cell needs them")
    void frenchExcel() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrenchExcelCsv csv = FrenchExcelCsv.start(out, List.of("Élève", "Montant (€)"));
        csv.row("DURAND Léa", "12,50");
        csv.row("O'Neil; Sean", null);
        csv.finish();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFÉlève;Montant (€)\r\nDURAND Léa;12,50\r\n\"O'Neil; Sean\";\r\n");
    }

    @Test
    @DisplayName("R-LIST-1: a cell that Excel would run as a formula is written as text (CSV injection)")
    void formulasAreInert() {
        assertThat(FrenchExcelCsv.inert("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(FrenchExcelCsv.inert("+33")).isEqualTo("'+33");
        assertThat(FrenchExcelCsv.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FrenchExcelCsv.inert("\tcmd")).isEqualTo("'\tcmd");
        assertThat(FrenchExcelCsv.inert("DURAND")).isEqualTo("DURAND");
        assertThat(FrenchExcelCsv.inert("")).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrenchExcelCsv csv = FrenchExcelCsv.start(out, List.of("Payeur"));
        csv.row("=cmd|' /C calc'!A0");
        csv.finish();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("'=cmd");
    }
}
