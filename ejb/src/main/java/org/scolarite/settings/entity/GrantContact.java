package org.scolarite.settings.entity;

/** Contact address of a grant service (R-BOURSE-1); when set the portal shows a « Nous contacter » tab. */
public record GrantContact(String email) {

    public static GrantContact none() {
        return new GrantContact(null);
    }

    public GrantContact validated() {
        return new GrantContact(WebAddress.optionalEmail("email", email));
    }

    public boolean offersContact() {
        return email != null && !email.isBlank();
    }
}
