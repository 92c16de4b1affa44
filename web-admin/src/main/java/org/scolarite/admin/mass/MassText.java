package org.scolarite.admin.mass;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.scolarite.admin.shell.PageMessages;

/** Texts of the mass-notification bundle ({@code massMsg}) and the letters' file name. */
final class MassText {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private MassText() {
    }

    /** A text of the bundle, its {0}… filled with {@code args}. */
    static String text(String key, Object... args) {
        return PageMessages.text("massMsg", key, args);
    }

    /** « courriers-notification-6A-2026-09-14.pdf »: only letters, digits and hyphens in the file name. */
    static String letterFileName(String label, LocalDateTime when) {
        String safe = label == null ? "" : Normalizer.normalize(label, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        LocalDate day = when == null ? LocalDate.now() : when.toLocalDate();
        return "courriers-notification-" + (safe.isEmpty() ? "" : safe + "-") + day.format(FILE_DATE) + ".pdf";
    }
}
