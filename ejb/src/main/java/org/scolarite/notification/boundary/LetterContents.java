package org.scolarite.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.scolarite.notification.control.LetterRenderer;
import org.scolarite.notification.control.MailText;
import org.scolarite.notification.control.PrintableLetter;
import org.scolarite.notification.control.RefusalCoupon;
import org.scolarite.notification.entity.LetterField;
import org.scolarite.notification.entity.LetterKind;
import org.scolarite.notification.entity.LetterRecipient;
import org.scolarite.notification.entity.PlaceAndDate;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.entity.EntLink;
import org.scolarite.settings.entity.Setting;
import org.scolarite.structure.entity.Establishment;

/**
 * Fills the school's letter templates (R-SET-4) for real recipients: the values of the fields, the letter to print
 * and the notification e-mail. The access address follows the letter type (R-SET-3: the académie's portal, or the ENT
 * for « ENT seul »); the templates are the school's own or the defaults ({@link LetterTemplates#effectiveTemplates}).
 */
@Stateless
public class LetterContents {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    @Inject
    private LetterTemplates templates;

    @Inject
    private EstablishmentSettings settings;

    @Inject
    private Clock clock;

    /** A notification e-mail: subject, HTML and text parts. */
    public record Mail(String subject, String html, String text) {
    }

    /**
     * What every letter and e-mail of one establishment shares, read once per run rather than once per letter: the
     * establishment's values (name, address, phone, head, town and date, access address) and the templates of each
     * letter kind.
     */
    public static final class Stationery {
        private final Establishment establishment;
        private final Map<LetterField, String> values;
        private final Map<LetterKind, LetterHtml> templates;

        private Stationery(Establishment establishment, Map<LetterField, String> values,
                           Map<LetterKind, LetterHtml> templates) {
            this.establishment = establishment;
            this.values = values;
            this.templates = templates;
        }

        public String establishmentName() {
            return establishment.getName();
        }
    }

    /** The stationery of an establishment today. */
    public Stationery stationery(Establishment establishment) {
        Map<LetterKind, LetterHtml> byKind = new EnumMap<>(LetterKind.class);
        for (LetterKind kind : LetterKind.values()) {
            byKind.put(kind, templates.effectiveTemplates(establishment.getId(), kind));
        }
        return new Stationery(establishment, establishmentValues(establishment), byKind);
    }

    /** The letter of a guardian (with the refusal coupon of R-ACC-9) or of a pupil. */
    public static PrintableLetter letter(Stationery stationery, LetterRecipient recipient, boolean guardian) {
        LetterHtml html = stationery.templates.get(recipient.kind(guardian));
        Map<LetterField, String> values = recipientValues(stationery.values, recipient, guardian);
        Optional<RefusalCoupon> coupon = guardian
                ? Optional.of(new RefusalCoupon(recipient.name(), recipient.lines().stream()
                        .map(LetterRecipient.Line::pupilWithDivision).distinct().toList()))
                : Optional.empty();
        return new PrintableLetter(html.header(), html.body(), values, coupon);
    }

    /** R-MASS-1: the notification e-mail of one account: the body of its letter, without the postal header. */
    public static Mail notificationMail(Stationery stationery, LetterRecipient recipient) {
        Map<LetterField, String> values = recipientValues(stationery.values, recipient, true);
        String body = LetterRenderer.render(stationery.templates.get(recipient.kind(true)).body(), values);
        String subject = "Vos codes d’accès aux services en ligne – " + stationery.establishmentName();
        return new Mail(subject, wrap(stationery.establishmentName(), body), MailText.fromHtml(body));
    }

    /** « Écrire à plusieurs responsables »: a message typed by the school, as HTML and text. */
    public static Mail freeMail(Establishment establishment, String subject, String text) {
        String body = MailText.toHtml(text);
        return new Mail(subject.strip(), wrap(establishment.getName(), body), text.strip() + "\n");
    }

    /** The fields every letter of the establishment shares: its name, address, phone, head, town and date, URL. */
    private Map<LetterField, String> establishmentValues(Establishment establishment) {
        Map<LetterField, String> values = new EnumMap<>(LetterField.class);
        values.put(LetterField.ESTABLISHMENT_NAME, establishment.getName());
        values.put(LetterField.ESTABLISHMENT_PHONE, establishment.getPhone());
        values.put(LetterField.HEAD_NAME, establishment.getHeadName());
        if (establishment.getAddress() != null) {
            values.put(LetterField.ESTABLISHMENT_ADDRESS, establishment.getAddress().formatted());
            String city = establishment.getAddress().getCity();
            if (city != null && !city.isBlank()) {
                values.put(LetterField.PLACE_AND_DATE,
                        new PlaceAndDate(LetterTemplates.townName(city), LocalDate.now(clock)).text());
            }
        }
        String portal = establishment.getAcademy().getPortalUrl();
        EntLink ent = settings.effectiveToday(establishment.getId(), Setting.ENT_LINK);
        values.put(LetterField.ACCESS_URL, ent == null ? portal : ent.letterAddress(portal));
        return values;
    }

    private static Map<LetterField, String> recipientValues(Map<LetterField, String> establishmentValues,
                                                            LetterRecipient recipient, boolean guardian) {
        Map<LetterField, String> values = new EnumMap<>(LetterField.class);
        values.putAll(establishmentValues);
        values.put(LetterField.RECIPIENT_NAME, recipient.name());
        values.put(LetterField.RECIPIENT_ADDRESS, recipient.address());
        LetterRecipient.Line first = recipient.lines().get(0);
        values.put(LetterField.STUDENT_NAME, first.pupilName());
        values.put(LetterField.STUDENT_CLASS, first.division());
        values.put(LetterField.USERNAME, recipient.usernames());
        if (recipient.kind(guardian).carriesPassword()) {
            values.put(LetterField.TEMPORARY_PASSWORD, recipient.temporaryPasswords());
        }
        if (guardian) {
            values.put(LetterField.CHILDREN, recipient.children());
        }
        return values;
    }

    /** A minimal, mail-client-safe HTML document around a body. */
    private static String wrap(String establishmentName, String body) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>"
                + MailText.escape(establishmentName) + "</title></head>"
                + "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1e1e1e\">"
                + "<p style=\"color:#555\">" + MailText.escape(establishmentName) + "</p>" + body
                + "</body></html>";
    }

    static String dateTime(LocalDateTime moment) {
        return DATE_TIME.format(moment);
    }
}
