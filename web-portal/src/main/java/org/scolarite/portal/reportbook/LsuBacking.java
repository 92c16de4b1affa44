package org.scolarite.portal.reportbook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.people.boundary.ChildSummary;
import org.scolarite.portal.navigation.CurrentFamily;
import org.scolarite.portal.navigation.PortalVisits;
import org.scolarite.reportbook.boundary.ReportBooks;
import org.scolarite.reportbook.entity.BookHolder;
import org.scolarite.reportbook.entity.LsuBook;
import org.scolarite.reportbook.entity.MasteryLevel;
import org.scolarite.reportbook.entity.Positioning;

/**
 * « Livret scolaire » CP–3e (R-LSU-1) of the child the access filter checked: periodic reports and end-of-cycle
 * assessments, or with {@code ?format=pdf} the book as a PDF streamed in the response (nothing kept on the server).
 */
@Named("lsu")
@RequestScoped
public class LsuBacking {

    static final String PDF = "pdf";

    @Inject
    private CurrentFamily family;

    @Inject
    private ReportBooks books;

    @Inject
    private PortalVisits visits;

    private String format;

    private LsuBook book;

    public void load() throws IOException {
        ChildSummary child = family.getChild();
        visits.viewed(ServiceKey.of(NationalService.LSU));
        if (child == null) {
            return;
        }
        if (PDF.equals(format)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.setResponseContentType(ReportBooks.PDF);
            external.setResponseHeader("Content-Disposition", "attachment; filename=\"livret-scolaire-"
                    + fileName(child) + ".pdf\"");
            external.setResponseHeader("Cache-Control", "no-store");
            books.writeLsuPdf(child.studentId(), new BookHolder(child.firstName() + " " + child.lastName(),
                    child.division(), child.establishmentName()), external.getResponseOutputStream());
            faces.responseComplete();
            return;
        }
        book = books.lsu(child.studentId());
    }

    /** « lea-durand »: only safe characters in the header. */
    private static String fileName(ChildSummary child) {
        String name = Normalizer.normalize(child.firstName() + "-" + child.lastName(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public LsuBook getBook() {
        return book;
    }

    public List<Positioning> getSteps() {
        return List.of(Positioning.values());
    }

    public List<MasteryLevel> getLevels() {
        return List.of(MasteryLevel.values());
    }
}
