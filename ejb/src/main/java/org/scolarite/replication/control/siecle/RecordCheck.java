package org.scolarite.replication.control.siecle;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.scolarite.people.entity.Sex;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.replication.entity.SourceLocation;

/**
 * Reads the fields of one record element and gathers what is wrong with it: a missing or unreadable mandatory field
 * rejects the record (R-REPL-2: with every reason at once, so that the school corrects it in one go); an unreadable
 * optional field is left null and reported as an anomaly, the record being kept.
 */
final class RecordCheck {

    private final XmlNode node;
    private final List<String> missing = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> anomalies = new ArrayList<>();

    RecordCheck(XmlNode node) {
        this.node = node;
    }

    /** The child's text, recorded as missing when absent or empty. */
    String required(String child) {
        return required(node.text(child), child);
    }

    /** A value found elsewhere (an attribute, an alternative element), recorded as missing when null. */
    String required(String value, String what) {
        if (value == null) {
            missing.add(what);
        }
        return value;
    }

    LocalDate requiredDate(String child) {
        String text = required(child);
        if (text == null) {
            return null;
        }
        try {
            return parseDate(text);
        } catch (DateTimeParseException e) {
            errors.add(child + " n'est pas une date jj/mm/aaaa : « " + text + " »");
            return null;
        }
    }

    LocalDate optionalDate(String child) {
        String text = node.text(child);
        if (text == null) {
            return null;
        }
        try {
            return parseDate(text);
        } catch (DateTimeParseException e) {
            anomalies.add(child + " ignoré, ce n'est pas une date jj/mm/aaaa : « " + text + " »");
            return null;
        }
    }

    Sex requiredSex(String child) {
        String text = required(child);
        if (text == null) {
            return null;
        }
        try {
            return Sex.fromSiecleCode(text);
        } catch (IllegalArgumentException e) {
            errors.add(child + " inconnu : « " + text + " » (1 masculin, 2 féminin)");
            return null;
        }
    }

    Boolean optionalBoolean(String child) {
        String text = node.text(child);
        if (text == null) {
            return null;
        }
        Boolean value = parseBoolean(text);
        if (value == null) {
            anomalies.add(child + " ignoré, valeur inattendue : « " + text + " » (1/0, true/false, O/N)");
        }
        return value;
    }

    /** Records an anomaly found by the reader itself (a pupil without division…). */
    void anomaly(String reason) {
        anomalies.add(reason);
    }

    /** Records a reason to reject the record found by the reader itself (a duplicate id…). */
    void reject(String reason) {
        errors.add(reason);
    }

    /** The anomalies found so far, for a record emitted later than it is read. */
    List<String> anomalies() {
        return List.copyOf(anomalies);
    }

    boolean rejected() {
        return !missing.isEmpty() || !errors.isEmpty();
    }

    /**
     * Queues the record, then its anomalies; or, when rejected, one rejection with every reason. A rejected record's
     * anomalies are not reported: they would only repeat the noise about a record the school has to correct anyway.
     */
    void emit(Queue<SourceItem> items, SourceLocation location, SourceItem record) {
        if (rejected()) {
            items.add(Rejection.rejected(location, rejectionReason()));
            return;
        }
        items.add(record);
        for (String anomaly : anomalies) {
            items.add(Rejection.anomaly(location, anomaly));
        }
    }

    String rejectionReason() {
        List<String> reasons = new ArrayList<>();
        if (!missing.isEmpty()) {
            reasons.add((missing.size() == 1 ? "élément obligatoire manquant ou vide : "
                    : "éléments obligatoires manquants ou vides : ") + String.join(", ", missing));
        }
        reasons.addAll(errors);
        return String.join(" ; ", reasons);
    }

    /**
     * dd/mm/yyyy by hand: {@link DateTimeFormatter} costs as much as reading the rest of a pupil, and a file has
     * several dates per record. Throws {@link DateTimeParseException} like {@code LocalDate.parse(text, DATE)}.
     */
    static LocalDate parseDate(String text) {
        if (text.length() == 10 && text.charAt(2) == '/' && text.charAt(5) == '/') {
            int day = digits(text, 0, 2);
            int month = digits(text, 3, 5);
            int year = digits(text, 6, 10);
            if (day >= 0 && month >= 0 && year >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    throw new DateTimeParseException("date impossible", text, 0, e);
                }
            }
        }
        throw new DateTimeParseException("pas au format jj/mm/aaaa", text, 0);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** SIECLE booleans: {@code 1/0}, {@code true/false}, {@code O/N} (oui/non); null when none of them. */
    static Boolean parseBoolean(String text) {
        return switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "1", "TRUE", "O", "OUI" -> Boolean.TRUE;
            case "0", "FALSE", "N", "NON" -> Boolean.FALSE;
            default -> null;
        };
    }
}
