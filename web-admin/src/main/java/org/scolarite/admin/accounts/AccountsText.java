package org.scolarite.admin.accounts;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** Texts of the accounts bundle ({@code accountsMsg}) and the messages the accounts pages show. */
final class AccountsText {

    private AccountsText() {
    }

    /** A text of the bundle, its {0}… filled with {@code args}. */
    static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "accountsMsg").getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(args);
    }

    static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    static void warn(String text) {
        add(FacesMessage.SEVERITY_WARN, text);
    }

    static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
