package org.scolarite.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.account.entity.StudentAccountList;
import org.scolarite.account.entity.StudentListRow;

class StudentListPdfTest {

    private static final LocalDateTime EDITED = LocalDateTime.of(2026, 11, 30, 9, 12);

    @Test
    @DisplayName("R-LIST-1, R-SEC-1: A4 landscape, establishment, title, date of edition, header row, the password "
            + "cells and the confidentiality footer")
    void onePage() throws Exception {
        List<StudentListRow> rows = List.of(
                new StudentListRow("Durand", "Léa", "3A", null, LocalDate.of(2011, 3, 9), "lea.durand", "k7mz3qpa",
                        false),
                new StudentListRow("Martin", "Malo", "3A", null, LocalDate.of(2011, 11, 2), "malo.martin", "*****",
                        true),
                new StudentListRow("Petit", "Inès", "3A", null, LocalDate.of(2010, 12, 31), "", "Compte à notifier",
                        false));

        List<String> pages = pages(render(list(rows)), true);

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).contains("0140070A — Collège Jean Moulin",
                "Liste des comptes élèves – division 3A", "Édité le 30/11/2026 à 09:12",
                "Élève", "Division", "Date de naissance", "Identifiant", "Mot de passe provisoire", "Continuité d’accès",
                "DURAND Léa", "09/03/2011", "lea.durand", "k7mz3qpa", "*****", "Compte à notifier",
                "Document confidentiel : contient des mots de passe provisoires. À détruire après distribution.",
                "Page 1 / 1");
    }

    @Test
    @DisplayName("R-LIST-1: 80 pupils take several pages, each with the header row, the footer and « Page n / m »")
    void severalPages() throws Exception {
        List<StudentListRow> rows = IntStream.rangeClosed(1, 80)
                .mapToObj(i -> new StudentListRow(String.format("Nom%02d", i), "Prénom", "3A", "3_LATIN",
                        LocalDate.of(2011, 1, 1).plusDays(i), "prenom.nom" + i, "pass" + (1000 + i), i % 10 == 0))
                .toList();
        StudentAccountList list = new StudentAccountList("Collège Jean Moulin", "0140070A",
                StudentAccountList.groupTitle("3_LATIN", "Latin 3"), true, EDITED, rows);

        byte[] pdf = render(list);
        List<String> pages = pages(pdf, false);

        assertThat(pages.size()).isGreaterThan(1);
        for (int n = 1; n <= pages.size(); n++) {
            String page = pages.get(n - 1);
            assertThat(page).as("page %d", n).contains("Élève", "Groupe", "Mot de passe provisoire",
                    "Document confidentiel", "Page " + n + " / " + pages.size());
        }
        assertThat(String.join("\n", pages)).contains("NOM01 Prénom", "NOM80 Prénom", "pass1080",
                "Liste des comptes élèves – groupe 3_LATIN (Latin 3)");
    }

    private static StudentAccountList list(List<StudentListRow> rows) {
        return new StudentAccountList("Collège Jean Moulin", "0140070A", StudentAccountList.divisionTitle("3A"), false,
                EDITED, rows);
    }

    private static byte[] render(StudentAccountList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StudentListPdf().write(list, out);
        return out.toByteArray();
    }

    /** The text of each page; checks on the way that every page is A4 landscape. */
    private static List<String> pages(byte[] bytes, boolean checkSize) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            for (int n = 1; n <= pdf.getNumberOfPages(); n++) {
                Rectangle size = pdf.getPage(n).getPageSize();
                assertThat(size.getWidth()).as("A4 landscape width").isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
                assertThat(size.getHeight()).as("A4 landscape height").isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
                // Non-breaking spaces (French typography) read as plain ones, for readable expectations.
                pages.add(PdfTextExtractor.getTextFromPage(pdf.getPage(n), new LocationTextExtractionStrategy())
                        .replace('\u00a0', ' '));
            }
        }
        return pages;
    }
}
