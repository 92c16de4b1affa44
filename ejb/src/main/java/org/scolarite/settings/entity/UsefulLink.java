package org.scolarite.settings.entity;

/** One of the « Liens utiles » (R-SET-6): a label and an absolute http(s) address, both required. */
public record UsefulLink(String label, String url) {

    public static final int LABEL_MAX = 120;

    public UsefulLink validated() {
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty()) {
            throw new SettingRejected("label", "Le libellé du lien est obligatoire.");
        }
        if (trimmed.length() > LABEL_MAX) {
            throw new SettingRejected("label", "Le libellé ne doit pas dépasser " + LABEL_MAX + " caractères.");
        }
        return new UsefulLink(trimmed, WebAddress.require("url", url));
    }
}
