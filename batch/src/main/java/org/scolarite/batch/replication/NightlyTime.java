package org.scolarite.batch.replication;

import jakarta.ejb.ScheduleExpression;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * R-REPL-1: the time of the nightly replication, « HH:mm » in school time (Europe/Paris), from {@code
 * TELESERVICES_REPLICATION_NIGHTLY_TIME}; it must come before the housekeeping (02:30), which works on what the
 * replication brought.
 */
record NightlyTime(LocalTime time) {

    static final String VARIABLE = "TELESERVICES_REPLICATION_NIGHTLY_TIME";
    static final String ZONE = "Europe/Paris";

    static NightlyTime parse(String text) {
        try {
            return new NightlyTime(LocalTime.parse(text.trim(), DateTimeFormatter.ofPattern("H:mm")));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Heure de la réplication de nuit illisible («\u00a0" + text
                    + "\u00a0»)\u00a0: vérifiez " + VARIABLE + " (format HH:mm, par exemple 01:30).", e);
        }
    }

    ScheduleExpression schedule() {
        return new ScheduleExpression().hour(time.getHour()).minute(time.getMinute()).second(0).timezone(ZONE);
    }
}
