package org.scolarite.grant.entity;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A grant application cannot be saved, submitted or moved: {@code errors} maps each wrong field (« referenceIncome »,
 * « childrenInCharge », …) to its French message, or holds one message under the key {@link #FORM} for the whole
 * form. Rolls the transaction back: nothing is written.
 */
@ApplicationException(rollback = true)
public class GrantRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The key of a message that belongs to no single field. */
    public static final String FORM = "";

    private final Map<String, String> errors;

    public GrantRejected(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static GrantRejected form(String message) {
        return new GrantRejected(Map.of(FORM, message));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
