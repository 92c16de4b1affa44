package org.scolarite.admin.servicesettings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.scolarite.catalog.boundary.ServiceLine;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.boundary.SettingView;
import org.scolarite.settings.entity.ConcurrentSettingChange;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.settings.entity.TimetableSettings;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * « Emploi du temps » (R-EDT-1): how many weeks families see, the current one included. Not editable while the
 * service is closed, nor where it is not offered (outside the timetable perimeter).
 */
@Named
@ViewScoped
public class TimetableBacking extends SettingsPage {

    private static final long serialVersionUID = 1L;

    static final String WEEKS = "timetable:weeks";

    @Inject
    EstablishmentSettings settings;

    private boolean offered;
    private boolean open;
    private boolean editable;
    private int revision;
    private Integer weeks;
    private ChangeNote note;

    @PostConstruct
    void create() {
        followSwitcher();
    }

    @Override
    void load() {
        if (!isActivated()) {
            return;
        }
        ServiceKey key = ServiceKey.of(NationalService.TIMETABLE);
        offered = false;
        open = false;
        for (ServiceLine line : services.catalogue(actor(), establishmentId())) {
            if (line.entry().key().equals(key)) {
                offered = true;
                open = line.chosenOpen();
            }
        }
        SettingView<TimetableSettings> view = settings.view(actor(), establishmentId(), Setting.TIMETABLE);
        show(view, false);
        weeks = view.value().weeks();
    }

    public void save() {
        try {
            show(settings.save(actor(), establishmentId(), Setting.TIMETABLE,
                    new TimetableSettings(weeks == null ? 0 : weeks), revision), true);
        } catch (SettingRejected refusal) {
            Feedback.rejected(refusal, Map.of("weeks", WEEKS));
        } catch (ConcurrentSettingChange | AccessDeniedException refusal) {
            Feedback.error(refusal.getMessage());
        }
    }

    private void show(SettingView<TimetableSettings> view, boolean justSaved) {
        revision = view.revision();
        editable = view.editable();
        note = justSaved ? ChangeNote.saved(view) : ChangeNote.loaded(view);
    }

    public boolean isOffered() {
        return offered;
    }

    public boolean isOpen() {
        return open;
    }

    /** R-EDT-1: a closed (or absent) service keeps its setting but it cannot be changed. */
    public boolean isLocked() {
        return !open || !editable;
    }

    public boolean isEditable() {
        return editable;
    }

    public int getMinWeeks() {
        return TimetableSettings.MIN_WEEKS;
    }

    public int getMaxWeeks() {
        return TimetableSettings.MAX_WEEKS;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }

    public ChangeNote getNote() {
        return note;
    }
}
