package org.scolarite.admin.settings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.scolarite.settings.entity.SettingRejected;

/**
 * What the settings pages share: French messages next to the field the domain named (or at the top of the page), the
 * {@code settingsMsg} texts and the dates as the console writes them. Adding an error marks the request as failed,
 * so that an {@code oncomplete} keeps a dialog open ({@code args.validationFailed}).
 */
final class SettingsForms {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.FRENCH);

    private SettingsForms() {
    }

    /** The refusal's French message next to the field it names ({@code fieldClientIds}: domain field → client id). */
    static void rejected(SettingRejected refusal, Map<String, String> fieldClientIds) {
        String clientId = refusal.field() == null ? null : fieldClientIds.get(refusal.field());
        error(clientId, refusal.getMessage());
    }

    /** An error next to a component ({@code clientId}) or, when {@code null}, at the top of the page. */
    static void error(String clientId, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
        if (clientId != null && faces.getViewRoot().findComponent(clientId) instanceof EditableValueHolder field
                && (field.getValue() == null || field.getValue() instanceof String)) {
            // Drawn in red, showing what was typed: an invalid field whose submitted value is gone would be drawn
            // empty. Reset by the next submit of the field or by « resetValues ».
            field.setSubmittedValue(field.getValue() == null ? "" : field.getValue());
            field.setValid(false);
        }
    }

    /** True once an error was added in this request. */
    static boolean failed() {
        return FacesContext.getCurrentInstance().isValidationFailed();
    }

    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    static void warning(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_WARN, message, null));
    }

    /** A text of the settings pages' bundle, its {@code {0}}… replaced by {@code args}. */
    static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "settingsMsg");
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** « 05/11/2026 ». */
    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** « le 05/11/2026 à 14:32 ». */
    static String moment(LocalDateTime at) {
        return at == null ? "" : text("common.moment", DAY.format(at), TIME.format(at));
    }
}
