package org.scolarite.schoollife.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * « Contacter la vie scolaire » (R-VS-1 screens): the school-life office's mailbox among the establishment's
 * addresses — the one whose name says so ({@code vie-scolaire.<uai>@…}, {@code viescolaire…}, {@code cpe…}) — or,
 * when it has none, the mailbox the school chose for its contact link while that link is active (R-SET-5). None when
 * neither exists: the page then gives the establishment's phone only.
 */
public final class SchoolLifeContact {

    private static final List<String> OFFICE_NAMES = List.of("vie-scolaire", "viescolaire", "vie.scolaire", "cpe");

    private SchoolLifeContact() {
    }

    public static Optional<String> mailbox(List<String> establishmentEmails, String contactLinkMailbox) {
        return establishmentEmails.stream()
                .filter(email -> OFFICE_NAMES.stream().anyMatch(email.toLowerCase(Locale.ROOT)::startsWith))
                .findFirst()
                .or(() -> Optional.ofNullable(contactLinkMailbox));
    }
}
