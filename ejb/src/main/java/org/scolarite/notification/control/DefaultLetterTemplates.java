package org.scolarite.notification.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.scolarite.notification.entity.LetterPart;

/**
 * The default template of each letter part (R-SET-4), to which a school can always go back (« Réinitialiser »). They
 * live as UTF-8 HTML files beside this class's package ({@code templates/header.html},
 * {@code templates/body-guardian-new.html}, …) so that their French can be proof-read as a letter, and are written in
 * the form the letter policy gives back, so that resetting then saving changes nothing.
 */
public final class DefaultLetterTemplates {

    private static final String FOLDER = "/org/scolarite/notification/templates/";
    private static final Map<LetterPart, String> TEMPLATES = loadAll();

    private DefaultLetterTemplates() {
    }

    /** The default HTML of a part, with its {@code {{field}}} tokens. */
    public static String of(LetterPart part) {
        return TEMPLATES.get(part);
    }

    /** Read once, when the class is first used: a missing file is a packaging error, reported at once. */
    private static Map<LetterPart, String> loadAll() {
        Map<LetterPart, String> templates = new EnumMap<>(LetterPart.class);
        for (LetterPart part : LetterPart.values()) {
            templates.put(part, load(FOLDER + part.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".html"));
        }
        return templates;
    }

    private static String load(String resource) {
        try (InputStream in = DefaultLetterTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Modèle de courrier introuvable\u00a0: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
