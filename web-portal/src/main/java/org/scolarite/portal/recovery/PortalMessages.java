package org.scolarite.portal.recovery;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/**
 * Messages next to a field of the recovery and profile pages (« every form explains in French what is wrong next to
 * the field »): the text comes from a page's bundle ({@code recoveryMsg}, {@code profileMsg}) or from the domain's own
 * French message.
 */
public final class PortalMessages {

    private PortalMessages() {
    }

    /** The text of {@code key} in the bundle registered as {@code bundleVar}. */
    public static String text(String bundleVar, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, bundleVar);
        return bundle.getString(key);
    }

    /** An error shown by the {@code h:message} of the field {@code clientId} (null: the form's general messages). */
    public static void error(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }
}
