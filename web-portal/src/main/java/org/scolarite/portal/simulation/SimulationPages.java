package org.scolarite.portal.simulation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The few plain pages the simulation answers outside Faces (refused action, spent ticket, simulation ended): the
 * portal's style sheet, texts from its bundle, in French unless the browser asks for English (as the Faces views).
 */
final class SimulationPages {

    private static final String BUNDLE = "org.scolarite.portal.messages";

    private SimulationPages() {
    }

    /**
     * Writes a page with the bundle's {@code <key>.title} and {@code <key>.text}, and a link to the portal's home
     * when {@code homeLink}.
     */
    static void write(HttpServletRequest request, HttpServletResponse response, int status, String key,
                      boolean homeLink) throws IOException {
        Locale locale = request.getHeader("Accept-Language") != null
                && "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, SimulationPages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String context = escape(request.getContextPath());
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + escape(texts.getString(key + ".title")) + " — " + escape(texts.getString("app.name"))
                + "</title><link rel=\"stylesheet\" href=\"" + context + "/resources/css/portal.css\"/></head><body>"
                + "<header class=\"portal-header\"><span class=\"portal-brand\">" + escape(texts.getString("app.name"))
                + "</span></header><main id=\"content\" class=\"portal-main\">"
                + "<section class=\"card simulation-page\" id=\"simulation-page\" role=\"alert\"><h1>"
                + escape(texts.getString(key + ".title")) + "</h1><p id=\"simulation-message\">"
                + escape(texts.getString(key + ".text")) + "</p>");
        if (homeLink) {
            out.print("<p><a id=\"simulation-home\" href=\"" + context + "/index.xhtml\">"
                    + escape(texts.getString("simulation.home")) + "</a></p>");
        }
        out.print("</section></main></body></html>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
