package org.scolarite.settings.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks of the addresses schools type in their settings: absolute http(s) URLs and e-mail addresses. */
public final class WebAddress {

    public static final int URL_MAX = 500;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[a-zA-Z]{2,}");

    private WebAddress() {
    }

    /** An absolute http or https URL with a host, at most 500 characters; returns it trimmed. */
    public static String require(String field, String url) {
        String trimmed = url == null ? "" : url.strip();
        if (trimmed.isEmpty()) {
            throw new SettingRejected(field, "L’adresse internet est obligatoire.");
        }
        if (trimmed.length() > URL_MAX) {
            throw new SettingRejected(field, "L’adresse internet ne doit pas dépasser " + URL_MAX + " caractères.");
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getHost().isBlank()) {
                throw new URISyntaxException(trimmed, "not absolute http(s)");
            }
        } catch (URISyntaxException e) {
            throw new SettingRejected(field,
                    "Adresse internet invalide\u00a0: saisissez une adresse complète commençant par http:// ou https:// "
                            + "(par exemple https://www.ac-normandie.fr).");
        }
        return trimmed;
    }

    /** An optional e-mail address: blank gives {@code null}; otherwise it must look like an address. */
    public static String optionalEmail(String field, String email) {
        String trimmed = email == null ? "" : email.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
            throw new SettingRejected(field, "Adresse de messagerie invalide (exemple\u00a0: ce.0140070a@ac-normandie.fr).");
        }
        return trimmed;
    }

    public static String requireEmail(String field, String email) {
        String checked = optionalEmail(field, email);
        if (checked == null) {
            throw new SettingRejected(field, "L’adresse de messagerie est obligatoire.");
        }
        return checked;
    }
}
