package org.scolarite.portal.faces;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A component that writes one element per item of its {@code value} list, in Java rather than with a
 * {@code ui:repeat}. Each {@code ui:repeat} row stores its variable in the request, evaluates every expression of the
 * row through the whole EL resolver chain and saves its children's state: the load test of [P2] showed the menu, the
 * period and subject options, the subject tiles and the team costing more than the grades' queries. These lists are
 * the page's repeated parts; everything else stays in the Facelets. The list is written as {@link Markup}, which
 * escapes every text and attribute value, then sent to the response in one write.
 *
 * @param <T> the items' type
 */
public abstract class WrittenList<T> extends UIComponentBase {

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
        List<T> items = (List<T>) getAttributes().get("value");
        if (items == null || items.isEmpty()) {
            return;
        }
        Markup html = new Markup(BUFFER_CHARS);
        write(context, html, items);
        context.getResponseWriter().write(html.toString());
    }

    /** Writes the items, none of which is null. */
    protected abstract void write(FacesContext context, Markup html, List<T> items);

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
