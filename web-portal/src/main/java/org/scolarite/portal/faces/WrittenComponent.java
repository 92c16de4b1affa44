package org.scolarite.portal.faces;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A component that writes its {@code value} as HTML in Java rather than with Facelets. Building a Facelets tree
 * costs, on every page view, a component per tag, an expression object per attribute and per {@code c:if}, and a
 * pass through the whole EL resolver chain per expression: the load test of [P2] showed it costing several times
 * the grades' query. The busiest parts of the portal are therefore written here, as {@link Markup}, which escapes
 * every text and attribute value, then sent to the response in one write.
 *
 * @param <V> the value's type
 */
public abstract class WrittenComponent<V> extends UIComponentBase {

    /** The tags' namespace, {@code xmlns:t="https://teleservices.scolarite.org/portal"}. */
    public static final String NAMESPACE = "https://teleservices.scolarite.org/portal";

    private static final int BUFFER_CHARS = 8192;

    @Override
    public String getFamily() {
        return "org.scolarite.portal";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        V value = (V) getAttributes().get("value");
        if (!shown(value)) {
            return;
        }
        Markup html = new Markup(BUFFER_CHARS);
        write(context, html, value);
        html.writeTo(context.getResponseWriter());
    }

    /** Whether there is anything to write: by default, whether there is a value. */
    protected boolean shown(V value) {
        return value != null;
    }

    /** Writes the value, which {@link #shown} accepted. */
    protected abstract void write(FacesContext context, Markup html, V value);

    /** A text attribute of the tag, {@code null} when absent. */
    protected String text(String attribute) {
        Object value = getAttributes().get(attribute);
        return value == null ? null : value.toString();
    }

    /** A message bundle in the view's language. */
    protected static ResourceBundle bundle(FacesContext context, String baseName) {
        Locale locale = context.getViewRoot().getLocale();
        return ResourceBundle.getBundle(baseName, locale, Thread.currentThread().getContextClassLoader());
    }
}
