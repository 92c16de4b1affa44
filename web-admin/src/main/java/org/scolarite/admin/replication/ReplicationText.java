package org.scolarite.admin.replication;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.scolarite.admin.shell.PageMessages;

/** Texts of the replication bundle ({@code replMsg}), durations, sizes and the rejection report's file name. */
final class ReplicationText {

    static final String BUNDLE = "replMsg";

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private ReplicationText() {
    }

    /** A text of the bundle, its {0}… filled with {@code args}. */
    static String text(String key, Object... args) {
        return PageMessages.text(BUNDLE, key, args);
    }

    /** « rejets-replication-42-2026-11-30.csv »: the run's number and the day it started. */
    static String rejectionsFileName(long runId, LocalDate day) {
        return "rejets-replication-" + runId + "-" + day.format(FILE_DATE) + ".csv";
    }

    /** « 45 s », « 3 min 05 s », « 1 h 02 min »: what a reader of the runs list needs, not more. */
    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }

    /** The size of a file in the page's language (see {@link #size(long, ResourceBundle, Locale)}). */
    static String size(long bytes) {
        FacesContext context = FacesContext.getCurrentInstance();
        return size(bytes, context.getApplication().getResourceBundle(context, BUNDLE),
                context.getViewRoot().getLocale());
    }

    /** « 812 octets », « 12,3 ko », « 4,5 Mo » — or « 12.3 KB » in English: units and decimal mark of the bundle. */
    static String size(long bytes, ResourceBundle bundle, Locale locale) {
        if (bytes < 1024) {
            return new MessageFormat(bundle.getString("size.bytes"), locale).format(new Object[] {bytes});
        }
        boolean kilo = bytes < 1024 * 1024;
        double value = kilo ? bytes / 1024.0 : bytes / (1024.0 * 1024);
        return new MessageFormat(bundle.getString(kilo ? "size.kilo" : "size.mega"), locale)
                .format(new Object[] {value});
    }

    /**
     * The name of a feed (« Élèves ») from its code; a feed the bundle does not know yet (one a later issue adds) shows
     * its code rather than a broken key.
     */
    static String feed(ResourceBundle bundle, String code) {
        String key = "feed." + code;
        return code != null && bundle.containsKey(key) ? bundle.getString(key) : String.valueOf(code);
    }
}
