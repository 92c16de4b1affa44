package org.scolarite.admin.catalog;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.settings.entity.WebAddress;

/** Texts of the catalogue bundle ({@code catalogMsg}) and the messages the catalogue pages show. */
final class Feedback {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Feedback() {
    }

    /** A text of the catalogue bundle, its {0}… filled with {@code args}. */
    static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "catalogMsg").getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(args);
    }

    static String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String text) {
        error(null, text);
    }

    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * A refusal of the domain ({@code SettingRejected.field()}) shown next to the field it names, or at the top of
     * the form when the field has no component here; marks the request failed so that a dialog stays open.
     */
    static void fieldError(String formId, Map<String, String> componentOfField, String field, String text) {
        String component = field == null ? null : componentOfField.get(field);
        error(component == null ? null : formId + ":" + component, text);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * The domain stops at the first wrong field; when the label was refused, the address is checked as well so that
     * one save shows both mistakes.
     */
    static void alsoCheckAddress(String formId, SettingRejected refused, String url) {
        if ("label".equals(refused.field())) {
            try {
                WebAddress.require("url", url);
            } catch (SettingRejected e) {
                error(formId + ":url", e.getMessage());
            }
        }
    }

    /** Messages to show after a redirect (Post/Redirect/Get). */
    static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
