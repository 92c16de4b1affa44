package org.scolarite.replication.entity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-REPL-2, departures: a pupil with {@code DATE_SORTIE} left on that date (he is still in the file); a pupil of the
 * establishment absent from a COMPLETE pupils file — neither a record nor a rejection — left on the export's date; a
 * file that failed concludes nothing (a truncated file would otherwise empty a school). A pupil already departed keeps
 * his date. The pupils feed applies it set-based; a rejection counts as presence when its key names the pupil.
 */
public final class DepartureRule {

    private static final Pattern PUPIL_KEY = Pattern.compile("ELEVE_ID=([^\\s,;]+)");

    private DepartureRule() {
    }

    /** The {@code ELEVE_ID} a rejection's source key names ({@code ELEVE_ID=4567}), if any: he was in the file. */
    public static Optional<String> pupilSourceId(String sourceKey) {
        if (sourceKey == null) {
            return Optional.empty();
        }
        Matcher matcher = PUPIL_KEY.matcher(sourceKey);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
