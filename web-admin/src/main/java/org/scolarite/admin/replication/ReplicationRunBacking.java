package org.scolarite.admin.replication;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.replication.boundary.RejectionLine;
import org.scolarite.replication.boundary.ReplicationRuns;
import org.scolarite.replication.boundary.RunDetail;
import org.scolarite.replication.boundary.RunSummary;
import org.scolarite.replication.boundary.SchoolReport;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * One replication run (R-REPL-2): its header, one block per establishment the user may see with each feed's counts
 * and failure, the rejection report by pages and the link to its CSV. {@link ReplicationRuns} decides what the user
 * may see; a run he may not see is « introuvable » like one that does not exist.
 */
@Named("replicationRun")
@ViewScoped
public class ReplicationRunBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentEstablishment current;

    @Inject
    private ReplicationRuns runs;

    @Inject
    private ApplicationTime time;

    /** The run, from {@code run.xhtml?id=…}. */
    private Long id;
    private RunDetail detail;
    private boolean missing;
    private final LazyDataModel<RejectionLine> rejections = new Rejections();

    /** Reads the run named by the address once per view; the poll reads it again while it runs. */
    @PostConstruct
    void open() {
        String parameter = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            id = parameter == null ? null : Long.valueOf(parameter.trim());
        } catch (NumberFormatException e) {
            id = null;
        }
        read();
    }

    private void read() {
        if (id == null) {
            missing = true;
            return;
        }
        try {
            detail = runs.detail(current.username(), id);
        } catch (AccessDeniedException e) {
            detail = null;
            missing = true;
        }
    }

    /** The poll while the run is running; it stops with the run. */
    public void poll() {
        read();
        if (detail == null || !detail.summary().running()) {
            PrimeFaces.current().executeScript("PF('runPoll').stop()");
        }
    }

    public Long getId() {
        return id;
    }

    public boolean isMissing() {
        return missing;
    }

    public RunDetail getDetail() {
        return detail;
    }

    public RunSummary getSummary() {
        return detail == null ? null : detail.summary();
    }

    public boolean isRunning() {
        return detail != null && detail.summary().running();
    }

    public LazyDataModel<RejectionLine> getRejections() {
        return rejections;
    }

    public String duration() {
        return ReplicationText.duration(detail.summary().duration(time.now()));
    }

    public String duration(SchoolReport school) {
        if (school.startedAt() == null) {
            return "";
        }
        LocalDateTime end = school.endedAt() != null ? school.endedAt() : time.now();
        return ReplicationText.duration(Duration.between(school.startedAt(), end));
    }

    /** « Élèves », « Responsables »… from the feed's code. */
    public String feed(String code) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, ReplicationText.BUNDLE);
        return ReplicationText.feed(bundle, code);
    }

    private final class Rejections extends LazyDataModel<RejectionLine> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return detail == null ? 0
                    : (int) Math.min(Integer.MAX_VALUE, runs.countRejections(current.username(), id));
        }

        @Override
        public List<RejectionLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            return detail == null ? List.of() : runs.rejections(current.username(), id, first, pageSize);
        }
    }
}
