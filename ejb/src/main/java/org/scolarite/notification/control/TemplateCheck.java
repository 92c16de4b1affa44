package org.scolarite.notification.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.scolarite.notification.entity.LetterField;
import org.scolarite.notification.entity.LetterKind;
import org.scolarite.notification.entity.LetterPart;
import org.scolarite.settings.control.RichTextPolicy;

/**
 * Checks a letter template before it is saved (R-SET-4). Errors block saving: an empty part, a body without the
 * mandatory CNIL mention, a field the part may not use (the password in a continuity letter or in the shared header),
 * an unknown or broken field. Warnings let the school save after confirming: a body that no longer says where to
 * connect, with which identifier or (new accounts) which password, a guardian's body that no longer names the child, a
 * header without the recipient's name or address.
 *
 * <p>The template is checked as it will be stored, that is after {@link RichTextPolicy#LETTER}: a field hidden in
 * something the policy removes is not counted as present.
 */
public final class TemplateCheck {

    private TemplateCheck() {
    }

    /** What is wrong with a template: French messages, errors first. */
    public record Result(List<String> errors, List<String> warnings) {

        public Result {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        /** True when the template may not be saved. */
        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        /** True when the school should confirm before saving. */
        public boolean hasWarnings() {
            return !warnings.isEmpty();
        }
    }

    public static Result check(LetterPart part, String html) {
        String stored = RichTextPolicy.LETTER.sanitize(html);
        if (RichTextPolicy.LETTER.visibleText(stored).replace('\u00a0', ' ').isBlank()) {
            return new Result(List.of("Le modèle est vide\u00a0: saisissez un texte ou revenez au modèle par défaut."),
                    List.of());
        }
        Set<LetterField> present = EnumSet.noneOf(LetterField.class);
        Set<String> unknown = new LinkedHashSet<>();
        Matcher tokens = LetterField.TOKEN_PATTERN.matcher(stored);
        while (tokens.find()) {
            String token = tokens.group();
            LetterField.fromToken(token).ifPresentOrElse(present::add, () -> unknown.add(token));
        }

        List<String> errors = new ArrayList<>();
        for (LetterField required : part.requiredFields()) {
            if (!present.contains(required)) {
                errors.add("Le champ «\u00a0" + required.label() + "\u00a0» est obligatoire et ne peut pas être "
                        + "retiré\u00a0: insérez-le à nouveau.");
            }
        }
        for (LetterField field : present) {
            if (!part.allowedFields().contains(field)) {
                errors.add("Le champ «\u00a0" + field.label() + "\u00a0» n’est pas disponible dans cette partie ("
                        + part.label() + ")\u00a0: retirez-le.");
            }
        }
        for (String token : unknown) {
            errors.add("Le champ " + token + " n’existe pas\u00a0: insérez les champs depuis la liste proposée.");
        }
        String textOutsideFields = RichTextPolicy.LETTER.visibleText(tokens.replaceAll(""));
        if (textOutsideFields.contains("{{") || textOutsideFields.contains("}}")) {
            errors.add("Le texte contient «\u00a0{{\u00a0» ou «\u00a0}}\u00a0» en dehors d’un champ\u00a0: un champ "
                    + "a été coupé ou mis en forme en partie. Supprimez-le et insérez-le à nouveau depuis la liste.");
        }
        return new Result(errors, warnings(part, present));
    }

    private static List<String> warnings(LetterPart part, Set<LetterField> present) {
        List<String> warnings = new ArrayList<>();
        for (LetterField expected : part.expectedFields()) {
            if (!present.contains(expected)) {
                warnings.add("Le champ «\u00a0" + expected.label() + "\u00a0» a été retiré\u00a0: "
                        + consequenceOfRemoving(expected));
            }
        }
        boolean guardianBody = part.kind().filter(LetterKind::forGuardian).isPresent();
        if (guardianBody && !present.contains(LetterField.CHILDREN) && !present.contains(LetterField.STUDENT_NAME)) {
            warnings.add("Le courrier ne nomme plus l’enfant concerné\u00a0: insérez le champ «\u00a0"
                    + LetterField.CHILDREN.label() + "\u00a0» ou «\u00a0" + LetterField.STUDENT_NAME.label()
                    + "\u00a0».");
        }
        return warnings;
    }

    private static String consequenceOfRemoving(LetterField field) {
        return switch (field) {
            case ACCESS_URL -> "le destinataire ne saura pas où se connecter.";
            case USERNAME -> "le destinataire ne connaîtra pas son identifiant.";
            case TEMPORARY_PASSWORD -> "le destinataire ne pourra pas activer son compte.";
            case RECIPIENT_NAME -> "le courrier ne dit plus à qui il s’adresse.";
            case RECIPIENT_ADDRESS -> "le courrier ne peut plus être posté sous enveloppe à fenêtre.";
            default -> "vérifiez que le courrier reste complet.";
        };
    }
}
