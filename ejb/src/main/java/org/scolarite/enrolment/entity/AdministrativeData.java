package org.scolarite.enrolment.entity;

import java.util.regex.Pattern;

/**
 * Step 3 of the enrolment: the few administrative data the family confirms or corrects for the lycée — phones,
 * e-mail, whether the address the collège knows is right (and what to change if not). Kept on the enrolment itself:
 * the information sheet (fiche de renseignements) is another service, and the lycée receives these with the file.
 */
public record AdministrativeData(String homePhone, String mobilePhone, String email, boolean addressConfirmed,
                                 String addressNote)
        implements java.io.Serializable {

    public static final int NOTE_MAX = 300;
    /** French numbers as families type them: « 02 31 45 67 89 », « 06.12.34.56.78 », « +33 6 12 34 56 78 ». */
    private static final Pattern PHONE = Pattern.compile("(\\+33 ?[1-9]|0[1-9])([ .-]?[0-9]{2}){4}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    /** Trims every field and checks it; throws {@link EnrolmentRejected} naming the first wrong field. */
    public static AdministrativeData of(String homePhone, String mobilePhone, String email, boolean addressConfirmed,
                                        String addressNote) {
        String home = blankToNull(homePhone);
        String mobile = blankToNull(mobilePhone);
        String mail = blankToNull(email);
        String note = blankToNull(addressNote);
        if (home != null && !PHONE.matcher(home).matches()) {
            throw new EnrolmentRejected("homePhone", "Numéro de téléphone invalide (exemple : 02 31 45 67 89).");
        }
        if (mobile != null && !PHONE.matcher(mobile).matches()) {
            throw new EnrolmentRejected("mobilePhone", "Numéro de téléphone invalide (exemple : 06 12 34 56 78).");
        }
        if (home == null && mobile == null) {
            throw new EnrolmentRejected("mobilePhone", "Indiquez au moins un numéro de téléphone.");
        }
        if (mail == null || mail.length() > 254 || !EMAIL.matcher(mail).matches()) {
            throw new EnrolmentRejected("email", "Adresse électronique invalide (exemple : prenom.nom@exemple.fr).");
        }
        if (!addressConfirmed && note == null) {
            throw new EnrolmentRejected("addressNote", "Cochez « L’adresse est exacte » ou indiquez la nouvelle "
                    + "adresse.");
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw new EnrolmentRejected("addressNote", "Pas plus de " + NOTE_MAX + " caractères.");
        }
        return new AdministrativeData(home, mobile, mail, addressConfirmed, addressConfirmed ? null : note);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
