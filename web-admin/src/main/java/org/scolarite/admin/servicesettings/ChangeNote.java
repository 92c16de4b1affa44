package org.scolarite.admin.servicesettings;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import org.scolarite.settings.boundary.SettingView;

/**
 * What a settings page says under its form (R-SET-2): from which day families see the last change — just saved, or
 * saved earlier and still pending — and who made it, when. Dates are already formatted the French way.
 *
 * @param justSaved   the user saved it in this page: « Enregistré. Pris en compte … »
 * @param pending     saved earlier, families see it from {@code effectiveFrom} (tomorrow)
 * @param effectiveFrom dd/MM/yyyy, or null when never saved
 * @param changedOn   dd/MM/yyyy of the last change, or null
 * @param changedAt   HH:mm of the last change, or null
 * @param changedBy   who made the last change, or null
 */
public record ChangeNote(boolean justSaved, boolean pending, String effectiveFrom, String changedOn,
                         String changedAt, String changedBy) implements Serializable {

    private static final long serialVersionUID = 1L;

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static ChangeNote loaded(SettingView<?> view) {
        return of(view, false);
    }

    static ChangeNote saved(SettingView<?> view) {
        return of(view, true);
    }

    private static ChangeNote of(SettingView<?> view, boolean justSaved) {
        if (view.neverSaved()) {
            return new ChangeNote(false, false, null, null, null, null);
        }
        return new ChangeNote(justSaved && view.effectiveFrom() != null, view.pending(),
                view.effectiveFrom() == null ? null : DATE.format(view.effectiveFrom()),
                view.changedAt() == null ? null : DATE.format(view.changedAt()),
                view.changedAt() == null ? null : TIME.format(view.changedAt()), view.changedBy());
    }

    public boolean neverSaved() {
        return changedOn == null;
    }

    /** The orange note of a change saved earlier that families do not see yet. */
    public boolean showPending() {
        return pending && !justSaved;
    }
}
