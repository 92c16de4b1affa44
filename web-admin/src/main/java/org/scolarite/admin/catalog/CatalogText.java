package org.scolarite.admin.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** {@code #{catalogText.format('academy.ents.remove.message', e.label())}}: a catalogue text with its {0} filled. */
@Named("catalogText")
@ApplicationScoped
public class CatalogText {

    public String format(String key, Object argument) {
        return Feedback.text(key, argument);
    }
}
