package org.scolarite.grades.entity;

/**
 * A line of the « Équipe pédagogique » (R-NOTES-3): a teacher of the pupil's division or of one of his groups, with the
 * subject taught (null for a professeur principal who teaches none of them) and whether he is professeur principal
 * of the division.
 */
public record TeamMember(String subjectLabel, String teacher, boolean mainTeacher) {

    /** « Mme Lemarchand », « M. Hamel »: STS-web's CIVILITE is 1 (M.) or 2 (Mme); an unknown one is left out. */
    public static String teacherName(String civility, String firstName, String lastName) {
        String title = "1".equals(civility) ? "M. " : "2".equals(civility) ? "Mme " : "";
        String first = firstName == null || firstName.isBlank() ? "" : firstName.strip().charAt(0) + ". ";
        return title + first + (lastName == null ? "" : lastName.strip());
    }
}
