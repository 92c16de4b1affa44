package org.scolarite.reportbook.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.reportbook.entity.BookHolder;
import org.scolarite.reportbook.entity.CycleAssessment;
import org.scolarite.reportbook.entity.LsuBook;
import org.scolarite.reportbook.entity.MasteryLevel;
import org.scolarite.reportbook.entity.PeriodReport;
import org.scolarite.reportbook.entity.Positioning;
import org.scolarite.reportbook.entity.SocleComponent;
import org.scolarite.reportbook.entity.SubjectEntry;

class LsuPdfTest {

    @Test
    @DisplayName("R-LSU-1: the PDF holds the pupil, one page per periodic report and the end-of-cycle assessment "
            + "with the eight components, and « Page n / m » with the total filled in")
    void pdf() throws Exception {
        LsuBook book = new LsuBook(List.of(new PeriodReport(2026, "T1", "1er trimestre", LocalDate.of(2026, 11, 30),
                "Trimestre satisfaisant.", "2 demi-journées d'absence.", List.of(new SubjectEntry("Français",
                "Mme Hamel", Positioning.REACHED, "Le conte et ses fonctions.", "Bon travail, sérieux et régulier.")))),
                List.of(new CycleAssessment(2, 2024, "Acquis solides.", Map.of(SocleComponent.CPD_FRA,
                        MasteryLevel.SATISFACTORY))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LsuPdf.write(book, new BookHolder("Léa Durand", "SIXIEME 6A", "Collège Jean Moulin"),
                LocalDate.of(2026, 12, 1), out);

        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(out.toByteArray())))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String first = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
            assertThat(first).contains("Léa Durand", "SIXIEME 6A — Collège Jean Moulin",
                    "Bilan périodique — 1er trimestre 2026-2027", "Mme Hamel", "Bon travail, sérieux et régulier.",
                    "Trimestre satisfaisant.", "Page 1 /\u00a02", "édité le 01/12/2026");
            String second = PdfTextExtractor.getTextFromPage(pdf.getPage(2));
            assertThat(second).contains("Bilan de fin de cycle 2 (2024-2025)", "Les méthodes et outils pour apprendre",
                    "Acquis solides.", "Page 2 /\u00a02");
        }
    }
}
