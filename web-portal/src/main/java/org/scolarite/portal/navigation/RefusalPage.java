package org.scolarite.portal.navigation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The French « 403 » page of a refused child or service (issue [P1] §7, R-PORTAL-5, R-ACC-9), written outside Faces so
 * that it answers the same to a GET and to a forged form POST (no view state to restore, nothing of the page asked is
 * run). The portal's style sheet and header, texts from the {@code navMsg} bundle, a link back to the home page.
 */
public final class RefusalPage {

    private static final String BUNDLE = "org.scolarite.portal.navigation.messages";

    private RefusalPage() {
    }

    /** {@code reason}: child, closed, userType or removed. */
    public static void write(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        Locale locale = request.getHeader("Accept-Language") != null
                && "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, RefusalPage.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String title = texts.getString("refused.title");
        String text = texts.containsKey("refused." + reason) ? texts.getString("refused." + reason)
                : texts.getString("refused.default");
        String context = escape(request.getContextPath());
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + escape(title) + " — Scolarité services</title>"
                + "<link rel=\"stylesheet\" href=\"" + context + "/resources/css/portal.css\"/></head><body>"
                + "<header class=\"portal-header\"><span class=\"portal-brand\">Scolarité services</span></header>"
                + "<main id=\"content\" class=\"portal-main\"><section class=\"card refused\" id=\"refused\" "
                + "role=\"alert\"><h1 id=\"refused-title\">" + escape(title) + "</h1><p id=\"refused-reason\">"
                + escape(text) + "</p><p><a id=\"refused-home\" class=\"button-secondary\" href=\"" + context
                + "/index.xhtml\">" + escape(texts.getString("refused.home")) + "</a></p></section></main>"
                + "</body></html>\n");
        out.flush();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
