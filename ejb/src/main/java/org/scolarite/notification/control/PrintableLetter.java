package org.scolarite.notification.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.scolarite.notification.entity.LetterField;

/**
 * One paper letter to print (R-SET-4, R-MASS-1): the establishment's header and the body of its kind, as stored
 * (sanitised HTML with {@code {{field}}} tokens), the recipient's values, and for a guardian the refusal coupon
 * (R-ACC-9). {@link LetterPdfWriter} renders the templates with {@link LetterRenderer}, so the values are plain text,
 * multi-line values separated by {@code \n}; a missing value (e.g. no postal address) prints blank.
 */
public record PrintableLetter(String headerTemplate, String bodyTemplate, Map<LetterField, String> values,
                              Optional<RefusalCoupon> coupon) {

    public PrintableLetter {
        headerTemplate = Objects.requireNonNullElse(headerTemplate, "");
        bodyTemplate = Objects.requireNonNullElse(bodyTemplate, "");
        // An EnumMap rather than Map.copyOf: a field may be present with no value (null prints blank).
        EnumMap<LetterField, String> copy = new EnumMap<>(LetterField.class);
        if (values != null) {
            copy.putAll(values);
        }
        values = Collections.unmodifiableMap(copy);
        coupon = Objects.requireNonNullElse(coupon, Optional.empty());
    }
}
