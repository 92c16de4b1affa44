package org.scolarite.notification.entity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who a notification letter or e-mail is for, and what it must print for him (R-ACC-3, R-ACC-8, R-MASS-1): his name
 * and address, and one line per account it notifies — for a guardian, one per child of the establishment (the guide:
 * « un seul courrier est envoyé à un responsable qui possède plusieurs [comptes] dans le même établissement »).
 *
 * @param name    as written on the envelope: « Madame Claire DURAND »
 * @param address postal lines separated by {@code \n}; null or blank when the school has none (the letter is printed
 *                all the same, without address block)
 */
public record LetterRecipient(String name, String address, List<Line> lines) {

    /**
     * One notified account and the pupil it opens.
     *
     * @param temporaryPassword the password to print, in clear; empty for an account in use (R-ACC-8: a chosen
     *                          password is never shown) or a continuity account (R-ACC-7)
     */
    public record Line(String pupilName, String division, String username, Optional<String> temporaryPassword) {
        public Line {
            Objects.requireNonNull(pupilName);
            Objects.requireNonNull(username);
            temporaryPassword = temporaryPassword == null ? Optional.empty() : temporaryPassword;
        }

        /** « Léa DURAND (4A) ». */
        public String pupilWithDivision() {
            return division == null || division.isBlank() ? pupilName : pupilName + " (" + division + ")";
        }
    }

    public LetterRecipient {
        Objects.requireNonNull(name);
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("Un courrier de notification concerne au moins un compte.");
        }
    }

    /** « MME » → « Madame », « M. » → « Monsieur »: civilities as a letter writes them. */
    public static String civilityInFull(String civility) {
        if (civility == null) {
            return "";
        }
        return switch (civility.strip().toUpperCase(Locale.FRENCH)) {
            case "MME", "MADAME", "MLLE" -> "Madame";
            case "M.", "M", "MR", "MONSIEUR" -> "Monsieur";
            default -> civility.strip();
        };
    }

    /**
     * The guardian's letter (R-SET-4): the new-account one as soon as one of its accounts has a temporary password to
     * print, otherwise the continuity one that only recalls the identifiers.
     */
    public LetterKind kind(boolean guardian) {
        boolean anyPassword = lines.stream().anyMatch(line -> line.temporaryPassword().isPresent());
        return LetterKind.of(guardian ? org.scolarite.account.entity.AccountKind.GUARDIAN
                : org.scolarite.account.entity.AccountKind.STUDENT, anyPassword);
    }

    /** « Léa DURAND (4A) » lines, for {@link LetterField#CHILDREN} and the refusal coupon. */
    public String children() {
        return lines.stream().map(Line::pupilWithDivision).distinct().collect(Collectors.joining("\n"));
    }

    /**
     * The identifier field: the identifier alone when every line has the same account, otherwise one line per account
     * naming its pupil (« claire.durand – Léa DURAND »).
     */
    public String usernames() {
        if (lines.stream().map(Line::username).distinct().count() == 1) {
            return lines.get(0).username();
        }
        return lines.stream().map(line -> line.username() + " – " + line.pupilName()).collect(Collectors.joining("\n"));
    }

    /**
     * The temporary password field, along the same lines as {@link #usernames()}; an account already in use says so
     * instead of a password (R-ACC-8).
     */
    public String temporaryPasswords() {
        if (lines.stream().map(Line::username).distinct().count() == 1) {
            return lines.get(0).temporaryPassword().orElse(PASSWORD_ALREADY_CHOSEN);
        }
        return lines.stream().map(line -> line.temporaryPassword().orElse(PASSWORD_ALREADY_CHOSEN) + " – "
                + line.pupilName()).collect(Collectors.joining("\n"));
    }

    /** Printed instead of a password for an account whose holder already chose his own (R-ACC-8). */
    public static final String PASSWORD_ALREADY_CHOSEN = "mot de passe déjà choisi (inchangé)";
}
