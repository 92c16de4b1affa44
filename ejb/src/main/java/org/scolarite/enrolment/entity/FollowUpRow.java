package org.scolarite.enrolment.entity;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One assigned pupil in the console's follow-up (R-INSC-1): who, from which collège and class, to which lycée and
 * track, where his family's enrolment stands (null status: not started) and what it gave.
 */
public record FollowUpRow(long assignmentId, String lastName, String firstName, String college, String division,
                          String lycee, String track, EnrolmentStatus status, LocalDateTime updatedAt,
                          List<String> options, String homePhone, String mobilePhone, String email,
                          String addressNote) {

    /** The export's columns (same as the screen's, plus the contact details). */
    public static final List<String> HEADERS = List.of("Nom", "Prénom", "Collège", "Classe", "Lycée", "Formation",
            "Statut", "Date", "Options", "Téléphone domicile", "Téléphone portable", "Courriel",
            "Changement d’adresse");

    /** The status in French, as the screen and the exports show it. */
    public String statusLabel() {
        if (status == null) {
            return "Non commencée";
        }
        return switch (status) {
            case STARTED -> "En cours";
            case DECLINED -> "Refusée";
            case CONFIRMED -> "Confirmée";
        };
    }
}
