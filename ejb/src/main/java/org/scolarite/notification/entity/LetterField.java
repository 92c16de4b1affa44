package org.scolarite.notification.entity;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The named fields a school may insert into a letter template (R-SET-4). In the stored HTML a field is its token,
 * {@code {{key}}}, written as plain text: the editor inserts it from the list of labels, the renderer replaces it by
 * the escaped value. Multi-line values (addresses, the list of children) are given with {@code \n} between lines.
 */
public enum LetterField {
    RECIPIENT_NAME("nomDestinataire", "Nom du destinataire", "Madame Claire DURAND"),
    RECIPIENT_ADDRESS("adresseDestinataire", "Adresse du destinataire", "12 rue des Lilas\n14000 CAEN"),
    ESTABLISHMENT_NAME("nomEtablissement", "Nom de l’établissement", "Collège Jean Moulin"),
    ESTABLISHMENT_ADDRESS("adresseEtablissement", "Adresse de l’établissement",
            "3 avenue de la Libération\n14000 CAEN"),
    ESTABLISHMENT_PHONE("telephoneEtablissement", "Téléphone de l’établissement", "02 31 45 67 89"),
    PLACE_AND_DATE("lieuEtDate", "Ville et date",
            new PlaceAndDate("Caen", LocalDate.of(2026, 11, 22)).text()),
    STUDENT_NAME("nomEleve", "Nom de l’élève", "Léa DURAND"),
    STUDENT_CLASS("classeEleve", "Classe de l’élève", "4A"),
    CHILDREN("listeEnfants", "Enfants scolarisés dans l’établissement", "Léa DURAND (4A)\nHugo DURAND (6B)"),
    USERNAME("identifiant", "Identifiant", "claire.durand"),
    TEMPORARY_PASSWORD("motDePasseProvisoire", "Mot de passe provisoire", "xk7pq2mz"),
    ACCESS_URL("urlAcces", "Adresse d’accès aux services en ligne", "https://teleservices.ac-normandie.fr/"),
    HEAD_NAME("nomChefEtablissement", "Nom du chef d’établissement", "Anne MARTIN"),
    CNIL_MENTION("mentionCnil", "Mention «\u00a0Informatique et libertés\u00a0»", LetterField.CNIL_MENTION_TEXT);

    /**
     * The mandatory « Informatique et libertés » mention (R-SET-4): fixed by the domain, so that a school can move the
     * field but never reword or drop what the law requires.
     */
    public static final String CNIL_MENTION_TEXT = "Informatique et libertés\u00a0: les données personnelles "
            + "figurant dans ce courrier font l’objet d’un traitement informatique destiné à la gestion des comptes "
            + "d’accès aux services en ligne de l’établissement. Conformément à la loi n°\u00a078-17 du "
            + "6\u00a0janvier 1978 modifiée relative à l’informatique, aux fichiers et aux libertés et au règlement "
            + "(UE) 2016/679 du 27\u00a0avril 2016 (RGPD), vous disposez d’un droit d’accès et de rectification des "
            + "informations qui vous concernent, que vous pouvez exercer auprès du chef d’établissement.";

    /**
     * A token as the editor writes it. Any well-formed token is matched, known or not, so that the sanitiser keeps
     * it and the template check can name an unknown one instead of letting it reach a letter.
     */
    public static final Pattern TOKEN_PATTERN = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9]*)\\}\\}");

    private final String key;
    private final String label;
    private final String sample;

    LetterField(String key, String label, String sample) {
        this.key = key;
        this.label = label;
        this.sample = sample;
    }

    /** The field named by a whole token such as {@code {{identifiant}}}; empty for anything else. */
    public static Optional<LetterField> fromToken(String token) {
        for (LetterField field : values()) {
            if (field.token().equals(token)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The French lower-camel name inside the braces, e.g. {@code identifiant}. */
    public String key() {
        return key;
    }

    /** What the template holds: {@code {{identifiant}}}. */
    public String token() {
        return "{{" + key + "}}";
    }

    /** The name shown in the list of insertable fields. */
    public String label() {
        return label;
    }

    /** A plausible value for previews (a guardian's letter; see {@code SampleLetterData} for pupils). */
    public String sample() {
        return sample;
    }

    /** The value the domain imposes whatever the caller gives: only the CNIL mention has one. */
    public Optional<String> fixedValue() {
        return this == CNIL_MENTION ? Optional.of(CNIL_MENTION_TEXT) : Optional.empty();
    }
}
