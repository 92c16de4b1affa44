package org.scolarite.navigation.entity;

/**
 * What a family typed in the contact form (R-SET-5, R-PORTAL-7), checked: a subject on one line of at most
 * {@value #SUBJECT_MAX} characters and a message of at most {@value #MESSAGE_MAX}, both required. Plain text only:
 * control characters are removed (line breaks of the message kept) and the e-mail escapes everything, so nothing typed
 * here is ever read as HTML.
 */
public record ContactForm(String subject, String message) {

    public static final int SUBJECT_MAX = 120;
    public static final int MESSAGE_MAX = 3000;

    public static ContactForm of(String subject, String message) {
        String s = subject == null ? "" : subject.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").strip()
                .replaceAll(" {2,}", " ");
        String m = message == null ? "" : message.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        if (s.isEmpty()) {
            throw new ContactRejected("subject", "Indiquez l’objet de votre message.");
        }
        if (s.length() > SUBJECT_MAX) {
            throw new ContactRejected("subject", "L’objet ne doit pas dépasser " + SUBJECT_MAX + " caractères ("
                    + s.length() + " saisis).");
        }
        if (m.isEmpty()) {
            throw new ContactRejected("message", "Écrivez votre message.");
        }
        if (m.length() > MESSAGE_MAX) {
            throw new ContactRejected("message", "Le message ne doit pas dépasser " + MESSAGE_MAX
                    + " caractères (" + m.length() + " saisis).");
        }
        return new ContactForm(s, m);
    }
}
