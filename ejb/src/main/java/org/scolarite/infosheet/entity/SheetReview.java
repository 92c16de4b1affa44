package org.scolarite.infosheet.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of a guardian's submission of the information sheet (R-FICHE-1), without a container: every changed
 * value is checked (an error leaves everything unchanged, so that the form comes back with the guardian's values and the
 * messages next to them); a value equal to the school's is no request; a pupil's field cannot change while another
 * guardian's change of the pupil is pending; typing again a field already pending replaces its new value (the last
 * change wins), and typing back the school's value withdraws it.
 *
 * @param guardianId the guardian who submits
 * @param current    the school's values, normalized (absent or null: empty)
 * @param pending    the pending requests that concern this sheet: the pupil's fields, and this guardian's own
 */
public record SheetReview(long guardianId, Map<SheetField, String> current, List<Pending> pending) {

    /** A pending request: its field, the guardian who asked and the value he asked for. */
    public record Pending(SheetField field, long guardianId, String newValue) {
    }

    /** A request to record: the field, the school's value, the new one. */
    public record Change(SheetField field, String oldValue, String newValue) {
    }

    /**
     * What a submission does: {@code errors} (field → message key) and then nothing else; or {@code blocked} when it
     * would change the pupil's data that another guardian's pending request holds; or the changes to record and the
     * pending requests the guardian withdrew.
     */
    public record Outcome(Map<SheetField, String> errors, boolean blocked, List<Change> changes,
                          List<SheetField> withdrawn) {

        public boolean isEmpty() {
            return errors.isEmpty() && !blocked && changes.isEmpty() && withdrawn.isEmpty();
        }
    }

    public SheetReview {
        current = new EnumMap<>(current.isEmpty() ? Map.of() : current);
        pending = List.copyOf(pending);
    }

    /** Whether another guardian's change of the pupil waits for the school: the pupil's tab is then read-only. */
    public boolean pupilLocked() {
        return pending.stream().anyMatch(p -> p.field().isPupil() && p.guardianId() != guardianId);
    }

    /** The value the sheet shows: the guardian's own pending value, else the school's. */
    public String shown(SheetField field) {
        return ownPending(field).map(Pending::newValue).orElse(current.get(field));
    }

    public boolean isPending(SheetField field) {
        return pending.stream().anyMatch(p -> p.field() == field);
    }

    /** Applies the rules to the values typed (field → raw text as typed). */
    public Outcome review(Map<SheetField, String> typed) {
        Map<SheetField, String> errors = new EnumMap<>(SheetField.class);
        Map<SheetField, String> values = new EnumMap<>(SheetField.class);
        typed.forEach((field, raw) -> {
            String value = field.format().normalize(raw);
            if (Objects.equals(value, current.get(field))) {
                // The school's own value, even one that would not pass the checks (an address SIECLE left empty):
                // the guardian is not made to correct what he did not change.
                values.put(field, value);
            } else {
                field.format().check(value).ifPresentOrElse(error -> errors.put(field, error),
                        () -> values.put(field, value));
            }
        });
        if (!errors.isEmpty()) {
            return new Outcome(errors, false, List.of(), List.of());
        }
        List<Change> changes = new ArrayList<>();
        List<SheetField> withdrawn = new ArrayList<>();
        values.forEach((field, value) -> {
            String school = current.get(field);
            java.util.Optional<Pending> own = ownPending(field);
            if (Objects.equals(value, school)) {
                own.ifPresent(p -> withdrawn.add(field));
            } else if (own.isEmpty() || !Objects.equals(own.get().newValue(), value)) {
                changes.add(new Change(field, school, value));
            }
        });
        boolean touchesPupil = changes.stream().anyMatch(c -> c.field().isPupil())
                || withdrawn.stream().anyMatch(SheetField::isPupil);
        if (touchesPupil && pupilLocked()) {
            return new Outcome(Map.of(), true, List.of(), List.of());
        }
        return new Outcome(Map.of(), false, changes, withdrawn);
    }

    private java.util.Optional<Pending> ownPending(SheetField field) {
        return pending.stream().filter(p -> p.field() == field && p.guardianId() == guardianId).findFirst();
    }
}
