package org.scolarite.grant.entity;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application form as the family typed it (R-BOURSE-2): household, the names of the guardians living with the
 * pupil, the household's annual resources (the « revenu fiscal de référence » of the tax notice), the number of
 * children in charge and the certification. Amounts and counts arrive as typed text, so that the page keeps what was
 * typed and the rules (and their French messages) live here, testable without a container.
 * {@link #checked(boolean)} turns it into {@link GrantAnswers}: a draft may leave fields blank, a submission may not.
 */
public record GrantForm(String household, String firstGuardian, String secondGuardian, String referenceIncome,
                        String childrenInCharge, boolean certified) {

    public static final int NAME_MAX = 120;
    /** NUMERIC(12,2): ten digits before the decimal point. */
    static final BigDecimal INCOME_MAX = new BigDecimal("9999999999.99");
    static final int CHILDREN_MAX = 20;
    /** « 18 450 », « 18 450,50 », « 18450.5 »: spaces (also non-breaking) group the thousands. */
    private static final Pattern AMOUNT = Pattern.compile("(-?)([0-9]{1,13})(?:[.,]([0-9]*))?");

    public static GrantForm of(GrantAnswers answers) {
        return new GrantForm(answers.household() == null ? null : answers.household().name(), answers.firstGuardian(),
                answers.secondGuardian(),
                answers.referenceIncome() == null ? null : answers.referenceIncome().toPlainString().replace('.', ','),
                answers.childrenInCharge() == null ? null : answers.childrenInCharge().toString(), answers.certified());
    }

    /**
     * The answers, checked: a wrong value is refused with its French message, whatever the action; a missing one only
     * when {@code forSubmission} (a draft is saved as far as it goes).
     *
     * @throws GrantRejected listing every wrong field
     */
    public GrantAnswers checked(boolean forSubmission) {
        Map<String, String> errors = new LinkedHashMap<>();
        Household kind = household(errors, forSubmission);
        String first = name("firstGuardian", firstGuardian, forSubmission, errors,
                "Indiquez le nom et le prénom du responsable qui vit avec l’élève.");
        String second = name("secondGuardian", kind != null && kind.hasSecondGuardian() ? secondGuardian : null,
                forSubmission && kind != null && kind.hasSecondGuardian(), errors,
                "Les deux responsables vivent avec l’élève : indiquez le nom et le prénom du second.");
        BigDecimal income = income(errors, forSubmission);
        Integer children = children(errors, forSubmission);
        if (forSubmission && !certified) {
            errors.put("certified", "Cochez la case pour certifier l’exactitude des renseignements : la demande ne "
                    + "peut pas être déposée sans cette attestation.");
        }
        if (!errors.isEmpty()) {
            throw new GrantRejected(errors);
        }
        return new GrantAnswers(kind, first, second, income, children, certified);
    }

    private Household household(Map<String, String> errors, boolean required) {
        if (blank(household)) {
            if (required) {
                errors.put("household", "Indiquez avec qui vit l’élève.");
            }
            return null;
        }
        try {
            return Household.valueOf(household.strip());
        } catch (IllegalArgumentException e) {
            errors.put("household", "Choisissez l’une des situations proposées.");
            return null;
        }
    }

    private static String name(String field, String typed, boolean required, Map<String, String> errors,
                               String missing) {
        if (blank(typed)) {
            if (required) {
                errors.put(field, missing);
            }
            return null;
        }
        String name = typed.strip().replaceAll("\\s+", " ");
        if (name.length() > NAME_MAX) {
            errors.put(field, "Ce nom dépasse " + NAME_MAX + " caractères.");
        }
        return name;
    }

    /** The « revenu fiscal de référence » in euros: a decimal (never floating point), at least 0, cents at most. */
    private BigDecimal income(Map<String, String> errors, boolean required) {
        if (blank(referenceIncome)) {
            if (required) {
                errors.put("referenceIncome", "Indiquez le revenu fiscal de référence de votre avis d’imposition "
                        + "(0 s’il est nul).");
            }
            return null;
        }
        String compact = referenceIncome.strip().replaceAll("[\\s\u00a0\u202f]", "").replace("€", "");
        Matcher m = AMOUNT.matcher(compact);
        if (!m.matches()) {
            errors.put("referenceIncome", "Saisissez un montant en euros, par exemple 18 450 ou 18 450,50.");
            return null;
        }
        String cents = m.group(3) == null ? "" : m.group(3);
        if (cents.length() > 2) {
            errors.put("referenceIncome", "Le montant a au plus deux chiffres après la virgule.");
            return null;
        }
        BigDecimal amount = new BigDecimal(m.group(1) + m.group(2) + (cents.isEmpty() ? "" : "." + cents))
                .setScale(2);
        if (amount.signum() < 0) {
            errors.put("referenceIncome", "Le revenu fiscal de référence ne peut pas être négatif.");
            return null;
        }
        if (amount.compareTo(INCOME_MAX) > 0) {
            errors.put("referenceIncome", "Ce montant est trop grand : vérifiez-le.");
            return null;
        }
        return amount;
    }

    private Integer children(Map<String, String> errors, boolean required) {
        if (blank(childrenInCharge)) {
            if (required) {
                errors.put("childrenInCharge", "Indiquez le nombre d’enfants à charge (l’élève compris).");
            }
            return null;
        }
        int count;
        try {
            count = Integer.parseInt(childrenInCharge.strip());
        } catch (NumberFormatException e) {
            errors.put("childrenInCharge", "Saisissez un nombre entier, par exemple 2.");
            return null;
        }
        if (count < 1) {
            errors.put("childrenInCharge", "Le nombre d’enfants à charge est au moins 1 : l’élève lui-même.");
            return null;
        }
        if (count > CHILDREN_MAX) {
            errors.put("childrenInCharge", "Au plus " + CHILDREN_MAX + " enfants à charge : vérifiez le nombre.");
            return null;
        }
        return count;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
