package org.scolarite.admin.mass;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Texts of the mass-notification bundle ({@code massMsg}) and the messages its pages show. */
final class MassText {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private MassText() {
    }

    /** A text of the bundle, its {0}… filled with {@code args}. */
    static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "massMsg").getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(args);
    }

    static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    static void warn(String text) {
        add(FacesMessage.SEVERITY_WARN, text);
    }

    /** An error; the request is marked failed, so that a dialog stays open with what was typed. */
    static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** « courriers-notification-6A-2026-09-14.pdf »: only letters, digits and hyphens in the file name. */
    static String letterFileName(String label, LocalDateTime when) {
        String safe = label == null ? "" : Normalizer.normalize(label, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        LocalDate day = when == null ? LocalDate.now() : when.toLocalDate();
        return "courriers-notification-" + (safe.isEmpty() ? "" : safe + "-") + day.format(FILE_DATE) + ".pdf";
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
