package org.scolarite.infosheet.control;

import org.scolarite.infosheet.entity.ChangeRequest;
import org.scolarite.infosheet.entity.SheetField;
import org.scolarite.notification.control.MailText;

/** The confirmation e-mail of the school's decision on one change (R-FICHE-1), in French, text and HTML. */
public record DecisionMail(String subject, String text, String html) {

    public static DecisionMail of(ChangeRequest request, String establishmentName, String pupilName) {
        boolean accepted = request.getStatus() == org.scolarite.infosheet.entity.ChangeStatus.ACCEPTED;
        SheetField field = request.getField();
        String verdict = accepted ? "acceptée" : "refusée";
        String value = shown(field, request.getNewValue());
        String subject = "Fiche de renseignements : modification " + verdict;
        String text = "Bonjour,\n\n" + establishmentName + " a " + (accepted ? "accepté" : "refusé")
                + " la modification que vous avez demandée sur la fiche de renseignements de " + pupilName + " :\n\n"
                + field.label() + " : " + value + "\n\n"
                + (accepted ? "Elle est enregistrée dans le dossier de l’établissement.\n"
                        : "Pour toute question, veuillez prendre contact avec l’établissement.\n");
        String html = "<p>Bonjour,</p><p>" + MailText.escape(establishmentName) + " a "
                + (accepted ? "accepté" : "refusé")
                + " la modification que vous avez demandée sur la fiche de renseignements de "
                + MailText.escape(pupilName) + "&nbsp;:</p><p><strong>" + MailText.escape(field.label())
                + "&nbsp;:</strong> " + MailText.escape(value) + "</p><p>"
                + (accepted ? "Elle est enregistrée dans le dossier de l’établissement."
                        : "Pour toute question, veuillez prendre contact avec l’établissement.") + "</p>";
        return new DecisionMail(subject, text, html);
    }

    private static String shown(SheetField field, String value) {
        if (value == null) {
            return "(vide)";
        }
        if (field.format() == org.scolarite.infosheet.entity.FieldFormat.YES_NO) {
            return Boolean.parseBoolean(value) ? "oui" : "non";
        }
        return value;
    }
}
