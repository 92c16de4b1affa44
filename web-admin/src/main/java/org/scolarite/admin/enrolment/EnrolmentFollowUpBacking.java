package org.scolarite.admin.enrolment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.enrolment.boundary.EnrolmentConsole;
import org.scolarite.enrolment.control.FollowUpExport;
import org.scolarite.enrolment.entity.FollowUpRow;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;

/**
 * « Inscription en ligne — suivi » (R-INSC-1): the assigned pupils and where their families' enrolments stand — for
 * the lycée the pupils assigned to it, for the collège its pupils (a refusal shows there) — with the counts per status
 * and the CSV and Excel exports of the same rows (streamed, never stored).
 */
@Named
@RequestScoped
public class EnrolmentFollowUpBacking {

    @Inject
    private CurrentEstablishment current;

    @Inject
    private EnrolmentConsole console;

    @Inject
    private Clock clock;

    private EstablishmentChoice establishment;
    private List<FollowUpRow> rows;

    @PostConstruct
    void load() {
        establishment = current.getSelected();
        if (establishment != null) {
            try {
                rows = console.followUp(current.username(), establishment.id());
            } catch (AccessDeniedException e) {
                rows = null;
            }
        }
    }

    /** « Non commencée » 12, « Confirmée » 3…: the counts the head watches. */
    public Map<String, Long> getCounts() {
        return rows.stream().collect(Collectors.groupingBy(FollowUpRow::statusLabel, TreeMap::new,
                Collectors.counting()));
    }

    public StreamedContent getCsv() {
        EnrolmentConsole service = console;
        String actor = current.username();
        long id = establishment.id();
        return download(FollowUpExport.CSV, "csv", out -> service.writeCsv(actor, id, out));
    }

    public StreamedContent getExcel() {
        EnrolmentConsole service = console;
        String actor = current.username();
        long id = establishment.id();
        return download(FollowUpExport.XLSX, "xlsx", out -> service.writeExcel(actor, id, out));
    }

    private StreamedContent download(String type, String extension,
                                     org.primefaces.util.Callbacks.SerializableConsumer<java.io.OutputStream> writer) {
        if (rows == null) {
            return null;
        }
        return DefaultStreamedContent.builder().contentType(type)
                .name("inscriptions-" + establishment.uai() + "-" + LocalDate.now(clock) + "." + extension)
                .writer(writer).build();
    }

    /** The CSS class of a status's dot. */
    public String dot(FollowUpRow row) {
        return row.status() == null ? "dot-none" : "dot-" + row.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    public List<FollowUpRow> getRows() { return rows; }
    public boolean isAvailable() { return rows != null; }
    public boolean isDenied() { return establishment != null && rows == null; }
}
