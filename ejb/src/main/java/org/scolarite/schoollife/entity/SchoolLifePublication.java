package org.scolarite.schoollife.entity;

import java.util.Objects;

/**
 * R-VS-1: which events a pupil and his guardians may see. Absences, lateness and punishments only when the school
 * flagged them « publiable en ligne »; sanctions only when the family was notified (« famille avisée »); prevention
 * and support measures always (the rule gives them no flag). A missing flag is « no »: an event the school did not
 * mean to publish is never shown by default.
 *
 * <p>Applied once, when an event is written (replication, demo), into the stored {@code shown} column that every
 * family query filters on: the rule and the queries cannot disagree, and nothing hidden ever leaves the database.
 */
public final class SchoolLifePublication {

    private SchoolLifePublication() {
    }

    public static boolean shown(SchoolLifeKind kind, Boolean publishable, Boolean familyNotified) {
        return switch (Objects.requireNonNull(kind)) {
            case ABSENCE, LATENESS, PUNISHMENT -> Boolean.TRUE.equals(publishable);
            case SANCTION -> Boolean.TRUE.equals(familyNotified);
            case MEASURE -> true;
        };
    }
}
