package org.scolarite.portal.reportbook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.portal.navigation.CurrentFamily;
import org.scolarite.portal.navigation.PortalVisits;
import org.scolarite.reportbook.boundary.ReportBooks;
import org.scolarite.reportbook.entity.ExamOpinion;
import org.scolarite.reportbook.entity.LslBook;
import org.scolarite.reportbook.entity.MasteryLevel;

/**
 * « Livret scolaire du lycée » (R-LSL-1) of the child the access filter checked for this account: the tiles where
 * data exists, read in a fixed number of queries.
 */
@Named("lsl")
@RequestScoped
public class LslBacking {

    @Inject
    private CurrentFamily family;

    @Inject
    private ReportBooks books;

    @Inject
    private PortalVisits visits;

    private LslBook book;

    public void load() {
        if (family.getChild() != null) {
            book = books.lsl(family.getChild().studentId());
        }
        visits.viewed(ServiceKey.of(NationalService.LSL));
    }

    public LslBook getBook() {
        return book;
    }

    public boolean isShown(String tile) {
        return book != null && book.shows(LslBook.Tile.valueOf(tile));
    }

    public List<ExamOpinion> getOpinions() {
        return List.of(ExamOpinion.values());
    }

    public List<MasteryLevel> getLevels() {
        return List.of(MasteryLevel.values());
    }

    /** « 14,50 » as the French book writes averages; an average not given shows as a dash. */
    public String average(BigDecimal value) {
        return value == null ? "–" : value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
