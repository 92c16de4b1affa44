package org.scolarite.settings.entity;

/**
 * The letter type and the ENT (R-SET-3): for MIXED and ENT_ONLY the ENT is either one of the académie's list
 * ({@code choiceId}, its address copied so that later edits of the list do not change letters already printed)
 * or an address typed by the school.
 */
public record EntLink(LetterType letterType, Long choiceId, String entLabel, String entUrl) {

    public static EntLink defaults() {
        return new EntLink(LetterType.TELESERVICES, null, null, null);
    }

    /** The value to store: the ENT is required for MIXED and ENT_ONLY and dropped for TELESERVICES. */
    public EntLink validated() {
        if (letterType == null) {
            throw new SettingRejected("letterType", "Choisissez un type de courrier.");
        }
        if (!letterType.needsEnt()) {
            return defaults();
        }
        if (entUrl == null || entUrl.isBlank()) {
            throw new SettingRejected("entUrl",
                    "Choisissez l’ENT dans la liste de l’académie ou saisissez son adresse.");
        }
        return new EntLink(letterType, choiceId, entLabel == null || entLabel.isBlank() ? null : entLabel.strip(),
                WebAddress.require("entUrl", entUrl));
    }

    /** The link the portal shows, if any (MIXED and ENT_ONLY). */
    public boolean portalShowsEnt() {
        return letterType != null && letterType.needsEnt() && entUrl != null;
    }

    /** The address printed on notification letters. */
    public String letterAddress(String portalUrl) {
        return letterType == LetterType.ENT_ONLY && entUrl != null ? entUrl : portalUrl;
    }
}
