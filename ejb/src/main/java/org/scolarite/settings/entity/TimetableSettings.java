package org.scolarite.settings.entity;

/** Emploi du temps (R-EDT-1): how many weeks the portal shows, the current one included. */
public record TimetableSettings(int weeks) {

    public static final int MIN_WEEKS = 1;
    public static final int MAX_WEEKS = 10;

    public static TimetableSettings defaults() {
        return new TimetableSettings(2);
    }

    public TimetableSettings validated() {
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw new SettingRejected("weeks",
                    "Le nombre de semaines doit être compris entre " + MIN_WEEKS + " et " + MAX_WEEKS + ".");
        }
        return this;
    }
}
