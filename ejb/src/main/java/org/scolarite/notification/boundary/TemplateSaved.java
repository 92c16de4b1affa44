package org.scolarite.notification.boundary;

import java.util.List;

/**
 * A template saved despite warnings (R-SET-4): the part as now stored and what the school removed that a letter
 * usually needs (access URL, identifier, password…), in French, for the screen to show after saving.
 */
public record TemplateSaved(LetterTemplateView template, List<String> warnings) {

    public TemplateSaved {
        warnings = List.copyOf(warnings);
    }
}
