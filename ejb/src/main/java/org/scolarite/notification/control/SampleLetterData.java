package org.scolarite.notification.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.scolarite.notification.entity.LetterField;
import org.scolarite.notification.entity.LetterKind;
import org.scolarite.notification.entity.LetterPart;

/**
 * Plausible values for previewing a letter before anything is printed (R-SET-4): Claire DURAND and her children at
 * the Collège Jean Moulin in Caen, or her daughter Léa for a pupil's letter.
 */
public final class SampleLetterData {

    private SampleLetterData() {
    }

    /**
     * The values of every field the letter of that kind may use (its header and body), and of none other: a
     * continuity letter has no password to show.
     */
    public static Map<LetterField, String> values(LetterKind kind) {
        Map<LetterField, String> values = new EnumMap<>(LetterField.class);
        for (LetterField field : LetterPart.bodyOf(kind).allowedFields()) {
            values.put(field, field.sample());
        }
        if (!kind.forGuardian()) {
            values.put(LetterField.RECIPIENT_NAME, "Léa DURAND");
            values.put(LetterField.USERNAME, "lea.durand");
            values.computeIfPresent(LetterField.TEMPORARY_PASSWORD, (field, guardians) -> "r4tz8kwm");
        }
        return Collections.unmodifiableMap(values);
    }
}
