package org.scolarite.admin.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/**
 * The console pages' texts and messages: a text of a Faces bundle with its {0}… filled in the view's locale, and the
 * page-level messages the template shows. One place for what every feature's page needs.
 */
public final class PageMessages {

    private PageMessages() {
    }

    /** A text of the bundle registered in faces-config as {@code bundleVar}, its {0}… filled with {@code args}. */
    public static String text(String bundleVar, String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, bundleVar).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(args);
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        add(FacesMessage.SEVERITY_WARN, text);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    /** An error that also marks the request failed, so that a dialog stays open with what was typed. */
    public static void refused(String text) {
        error(text);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
