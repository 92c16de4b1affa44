package org.scolarite.admin.servicesettings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Map;
import org.primefaces.component.api.UICalendar;
import org.primefaces.util.CalendarUtils;
import org.primefaces.util.ComponentUtils;
import org.scolarite.settings.entity.SettingRejected;

/**
 * Turns the boundaries' refusals into Faces messages: next to the field they name when the page has it, at the top
 * of the form otherwise. Messages are the domain's own French sentences.
 */
final class Feedback {

    private Feedback() {
    }

    /**
     * An error shown by the {@code p:message} of {@code clientId}, or by the page's global messages if null. A field
     * named is also marked invalid (red border, {@code aria-invalid}) and keeps showing what the user typed.
     */
    static void error(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
        UIComponent component = clientId == null ? null : context.getViewRoot().findComponent(clientId);
        if (component instanceof UIInput input && input.isValid()) {
            // An invalid input renders its submitted value: give it the typed value as it was displayed.
            input.setSubmittedValue(input instanceof UICalendar calendar
                    ? CalendarUtils.getValueAsString(context, calendar)
                    : ComponentUtils.getValueToRender(context, input));
            input.setValid(false);
        }
    }

    /** A global error (concurrent change, refused access, closed service). */
    static void error(String text) {
        error(null, text);
    }

    /** A text of the pages' bundle ({@code serviceMsg}) in the view's language, with its parameters. */
    static String text(String key, Object... parameters) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "serviceMsg").getString(key);
        return new MessageFormat(pattern, context.getViewRoot().getLocale()).format(parameters);
    }

    /**
     * A refused value, next to its field: {@code fields} maps the domain's field names
     * ({@link SettingRejected#field()}) to the client ids of this page.
     */
    static void rejected(SettingRejected refusal, Map<String, String> fields) {
        error(refusal.field() == null ? null : fields.get(refusal.field()), refusal.getMessage());
    }
}
