package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scolarite.account.entity.Fixtures.BIRTH_DATE;
import static org.scolarite.account.entity.Fixtures.NEW_PASSWORD_HASH;
import static org.scolarite.account.entity.Fixtures.at;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The families' self-service rules (R-PORTAL-3, R-PORTAL-4) on the entities, at their boundaries, with the moments read
 * from a movable {@link Clock} as the services do: the reset link's week, single use, purposes, the guard against
 * mail-bombing, the password changes and the change of address effective only once validated.
 */
class AccountSelfServiceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String HASH_2 = "PBKDF2WithHmacSHA512:210000:c2VsMg==:aGFzaDI=";

    private final Fixtures f = new Fixtures();
    private final SecureRandom random = new SecureRandom();

    /** A clock that stands still at {@code moment} (the services read LocalDateTime.now(clock)). */
    private static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock);
    }

    private static Clock clockAt(LocalDateTime moment) {
        return Clock.fixed(ZonedDateTime.of(moment, PARIS).toInstant(), PARIS);
    }

    private static Clock later(Clock clock, Duration by) {
        return Clock.offset(clock, by);
    }

    @Nested
    @DisplayName("The password reset link (AccountToken, RESET_PASSWORD)")
    class ResetLink {

        private final Clock sent = clockAt(at("2025-10-06"));

        private AccountToken link() {
            return AccountToken.issue(f.inUse(AccountKind.GUARDIAN), TokenPurpose.RESET_PASSWORD,
                    "marie.dupont@example.org", now(sent), random).token();
        }

        @Test
        @DisplayName("R-PORTAL-3: valid one week: accepted on its 7th day (one minute before the week ends), refused on the 8th")
        void oneWeek() {
            assertThat(link().getExpiresAt()).isEqualTo(now(sent).plusWeeks(1));

            AccountToken seventhDay = link();
            Clock lastMinute = later(sent, Duration.ofDays(7).minusMinutes(1));
            assertThat(seventhDay.isUsableFor(TokenPurpose.RESET_PASSWORD, now(lastMinute))).isTrue();
            seventhDay.useFor(TokenPurpose.RESET_PASSWORD, now(lastMinute));
            assertThat(seventhDay.getUsedAt()).isEqualTo(now(lastMinute));

            AccountToken eighthDay = link();
            for (Duration after : new Duration[] {Duration.ofDays(7), Duration.ofDays(7).plusHours(5)}) {
                Clock late = later(sent, after);
                assertThat(eighthDay.isUsableFor(TokenPurpose.RESET_PASSWORD, now(late))).isFalse();
                assertThatThrownBy(() -> eighthDay.useFor(TokenPurpose.RESET_PASSWORD, now(late)))
                        .isInstanceOf(InvalidLink.class).hasMessageContaining("une semaine")
                        .hasMessageContaining("Mot de passe oublié");
            }
            assertThat(eighthDay.getUsedAt()).isNull();
        }

        @Test
        @DisplayName("R-PORTAL-3: used once: the second use is refused and the first moment kept")
        void singleUse() {
            AccountToken token = link();
            LocalDateTime first = now(later(sent, Duration.ofHours(2)));
            token.useFor(TokenPurpose.RESET_PASSWORD, first);

            assertThat(token.isUsableFor(TokenPurpose.RESET_PASSWORD, first.plusMinutes(1))).isFalse();
            assertThatThrownBy(() -> token.useFor(TokenPurpose.RESET_PASSWORD, first.plusMinutes(1)))
                    .isInstanceOf(InvalidLink.class);
            assertThat(token.getUsedAt()).isEqualTo(first);
        }

        @Test
        @DisplayName("R-PORTAL-3, R-PORTAL-4: a link serves its own purpose only: a validation link resets no password, a reset link validates no address")
        void wrongPurpose() {
            LocalDateTime soon = now(later(sent, Duration.ofMinutes(5)));
            AccountToken reset = link();
            AccountToken validation = AccountToken.issue(f.activating(), TokenPurpose.VALIDATE_EMAIL,
                    "marie.dupont@example.org", now(sent), random).token();

            assertThatThrownBy(() -> validation.useFor(TokenPurpose.RESET_PASSWORD, soon))
                    .isInstanceOf(InvalidLink.class).hasMessage(InvalidLink.MESSAGE);
            assertThatThrownBy(() -> reset.useFor(TokenPurpose.CHANGE_EMAIL, soon)).isInstanceOf(InvalidLink.class);
            assertThatThrownBy(() -> reset.useFor(TokenPurpose.VALIDATE_EMAIL, soon)).isInstanceOf(InvalidLink.class);
            assertThat(reset.getUsedAt()).isNull();
            assertThat(validation.getUsedAt()).isNull();
            assertThat(reset.isUsableFor(TokenPurpose.RESET_PASSWORD, soon)).as("still good for its own purpose")
                    .isTrue();
        }

        @Test
        @DisplayName("R-PORTAL-3: a withdrawn link (superseded, or the password changed meanwhile) opens nothing; revoking twice keeps the first moment")
        void revoked() {
            AccountToken token = link();
            LocalDateTime revokedAt = now(later(sent, Duration.ofHours(1)));
            token.revoke(revokedAt);
            token.revoke(revokedAt.plusHours(1));

            assertThat(token.getUsedAt()).isEqualTo(revokedAt);
            assertThat(token.isUsableFor(TokenPurpose.RESET_PASSWORD, revokedAt.plusMinutes(1))).isFalse();
        }

        @Test
        @DisplayName("R-PORTAL-4: the change-of-address link is valid 3 months and says how to ask again")
        void changeOfAddressLink() {
            AccountToken token = AccountToken.issue(f.inUse(AccountKind.GUARDIAN), TokenPurpose.CHANGE_EMAIL,
                    "marie.nouvelle@example.org", now(sent), random).token();
            assertThat(token.getExpiresAt()).isEqualTo(now(sent).plusMonths(3));
            assertThatThrownBy(() -> token.useFor(TokenPurpose.CHANGE_EMAIL, now(sent).plusMonths(3)))
                    .isInstanceOf(InvalidLink.class).hasMessageContaining("Mon compte");
        }
    }

    @Nested
    @DisplayName("Who may receive a reset link, and how often")
    class WhoAndHowOften {

        private final Clock first = clockAt(at("2025-10-06"));

        @Test
        @DisplayName("R-PORTAL-3: only an account « Utilisé » with a validated address: not one waiting for validation, not a pupil without or with an unvalidated address")
        void onlyValidatedAddresses() {
            assertThat(f.inUse(AccountKind.GUARDIAN).mayReceiveResetLink(now(first))).isTrue();
            assertThat(f.inUse(AccountKind.STUDENT).mayReceiveResetLink(now(first))).isTrue();
            assertThat(f.activating().mayReceiveResetLink(now(first))).isFalse();
            assertThat(f.notified(AccountKind.GUARDIAN).mayReceiveResetLink(now(first))).isFalse();
            assertThat(f.closed(AccountKind.STUDENT).mayReceiveResetLink(now(first))).isFalse();
            Account noEmail = pupilInUse(null);
            Account unvalidated = pupilInUse("jean@example.org");
            assertThat(noEmail.allowsSelfServiceRecovery()).isFalse();
            assertThat(unvalidated.allowsSelfServiceRecovery()).isFalse();
            assertThat(unvalidated.mayReceiveResetLink(now(first))).isFalse();
            assertThatThrownBy(() -> unvalidated.recordResetLinkSent(now(first), "portail"))
                    .isInstanceOf(AccountRuleViolation.class).hasMessageContaining("contactez");
            assertThatThrownBy(() -> f.activating().recordResetLinkSent(now(first), "portail"))
                    .isInstanceOf(IllegalAccountTransition.class);
        }

        @Test
        @DisplayName("R-PORTAL-3: against mail-bombing, no new link within 15 minutes of the last one (14:59 refused, 15:00 accepted)")
        void fifteenMinutes() {
            Account account = f.inUse(AccountKind.GUARDIAN);
            account.recordResetLinkSent(now(first), "portail");

            assertThat(account.getHistory()).last().satisfies(event -> {
                assertThat(event.getType()).isEqualTo(AccountEventType.RESET_LINK_SENT);
                assertThat(event.getDetail()).isEqualTo("marie.dupont@example.org");
                assertThat(event.getActor()).isEqualTo("portail");
            });
            assertThat(account.mayReceiveResetLink(now(later(first, Duration.ofMinutes(1))))).isFalse();
            assertThat(account.mayReceiveResetLink(now(later(first, Duration.ofSeconds(14 * 60 + 59))))).isFalse();
            assertThat(account.mayReceiveResetLink(now(later(first, Duration.ofMinutes(15))))).isTrue();
        }

        @Test
        @DisplayName("R-PORTAL-3: at most 5 links in 24 hours, then one again once the first is a day old")
        void fivePerDay() {
            Account account = f.inUse(AccountKind.GUARDIAN);
            for (int i = 0; i < Account.RESET_LINKS_PER_DAY; i++) {
                LocalDateTime at = now(later(first, Duration.ofMinutes(20L * i)));
                assertThat(account.mayReceiveResetLink(at)).as("link %d", i + 1).isTrue();
                account.recordResetLinkSent(at, "portail");
            }
            assertThat(account.mayReceiveResetLink(now(later(first, Duration.ofHours(5))))).isFalse();
            assertThat(account.mayReceiveResetLink(now(later(first, Duration.ofHours(23).plusMinutes(59)))))
                    .isFalse();
            assertThat(account.mayReceiveResetLink(now(later(first, Duration.ofHours(24).plusMinutes(1))))).isTrue();
        }
    }

    @Nested
    @DisplayName("Passwords chosen again")
    class Passwords {

        @Test
        @DisplayName("R-PORTAL-3: the new password chosen through the link replaces the old one, in the history as PASSWORD_RECOVERED by the holder")
        void recovered() {
            Account account = f.inUse(AccountKind.GUARDIAN);
            account.recoverPassword(HASH_2, at("2025-10-07"));

            assertThat(account.getPasswordHash()).isEqualTo(HASH_2);
            assertThat(account.getState()).isEqualTo(AccountState.IN_USE);
            assertThat(account.getHistory()).last().satisfies(event -> {
                assertThat(event.getType()).isEqualTo(AccountEventType.PASSWORD_RECOVERED);
                assertThat(event.getActor()).isEqualTo("marie.dupont");
            });
            assertThatThrownBy(() -> pupilInUse("jean@example.org").recoverPassword(HASH_2, at("2025-10-07")))
                    .as("no validated address, no recovery").isInstanceOf(AccountRuleViolation.class);
        }

        @Test
        @DisplayName("R-PORTAL-4: the holder's own change of password, « Utilisé » or waiting for validation, in the history as PASSWORD_CHANGED")
        void changed() {
            Account account = f.inUse(AccountKind.STUDENT);
            account.changePassword(HASH_2, at("2025-10-07"));
            assertThat(account.getPasswordHash()).isEqualTo(HASH_2);
            assertThat(account.getHistory()).last().extracting(AccountEvent::getType)
                    .isEqualTo(AccountEventType.PASSWORD_CHANGED);

            Account activating = f.activating();
            activating.changePassword(HASH_2, at("2025-10-07"));
            assertThat(activating.getState()).isEqualTo(AccountState.ACTIVATING);
            assertThat(activating.getPasswordHash()).isEqualTo(HASH_2);
            assertThatThrownBy(() -> f.notified(AccountKind.GUARDIAN).changePassword(HASH_2, at("2025-10-07")))
                    .as("the temporary password is changed by the first connection only")
                    .isInstanceOf(IllegalAccountTransition.class);
        }
    }

    @Nested
    @DisplayName("A new address, effective once validated")
    class NewAddress {

        @Test
        @DisplayName("R-PORTAL-4: asking changes nothing but the history (EMAIL_CHANGE_ASKED old → new); following the link makes it the account's, validated (EMAIL_CHANGED)")
        void askedThenValidated() {
            Account account = f.inUse(AccountKind.GUARDIAN);
            String asked = account.askEmailChange("  Marie.Nouvelle@Example.org ", at("2025-10-07"));

            assertThat(asked).isEqualTo("Marie.Nouvelle@Example.org");
            assertThat(account.getEmail()).isEqualTo("marie.dupont@example.org");
            assertThat(account.isEmailValidated()).isTrue();
            assertThat(account.getHistory()).last().satisfies(event -> {
                assertThat(event.getType()).isEqualTo(AccountEventType.EMAIL_CHANGE_ASKED);
                assertThat(event.getDetail()).isEqualTo("marie.dupont@example.org → Marie.Nouvelle@Example.org");
            });

            String previous = account.changeEmail(asked, at("2025-10-08"));

            assertThat(previous).isEqualTo("marie.dupont@example.org");
            assertThat(account.getEmail()).isEqualTo("Marie.Nouvelle@Example.org");
            assertThat(account.isEmailValidated()).isTrue();
            assertThat(account.getHistory()).last().extracting(AccountEvent::getType)
                    .isEqualTo(AccountEventType.EMAIL_CHANGED);
        }

        @Test
        @DisplayName("R-PORTAL-4: a malformed or empty address, or the validated address itself, is refused with a French message")
        void refused() {
            Account account = f.inUse(AccountKind.GUARDIAN);
            int events = account.getHistory().size();
            assertThatThrownBy(() -> account.askEmailChange("marie@", at("2025-10-07")))
                    .isInstanceOf(InvalidEmailAddress.class).hasMessageContaining("n'est pas valide");
            assertThatThrownBy(() -> account.askEmailChange(" ", at("2025-10-07")))
                    .isInstanceOf(InvalidEmailAddress.class).hasMessageContaining("nouvelle adresse");
            assertThatThrownBy(() -> account.askEmailChange("MARIE.DUPONT@example.org", at("2025-10-07")))
                    .isInstanceOf(InvalidEmailAddress.class).hasMessageContaining("déjà");
            assertThatThrownBy(() -> f.activating().askEmailChange("autre@example.org", at("2025-10-07")))
                    .as("while « En cours d'activation » the address is corrected, not changed")
                    .isInstanceOf(IllegalAccountTransition.class);
            assertThat(account.getHistory()).hasSize(events);
        }

        @Test
        @DisplayName("R-ACC-4, R-PORTAL-4: a pupil without an address adds one the same way; one with an unvalidated address may resend its validation link")
        void pupilAddsAnAddress() {
            Account none = pupilInUse(null);
            none.askEmailChange("jean.dupont@example.org", at("2025-10-07"));
            assertThat(none.getHistory()).last().extracting(AccountEvent::getDetail)
                    .isEqualTo("aucune → jean.dupont@example.org");
            assertThat(none.changeEmail("jean.dupont@example.org", at("2025-10-08"))).isNull();
            assertThat(none.hasValidatedEmail()).isTrue();

            Account unvalidated = pupilInUse("jean@example.org");
            unvalidated.recordValidationSent(at("2025-10-07"), "jean.dupont");
            assertThat(unvalidated.getHistory()).last().extracting(AccountEvent::getType)
                    .isEqualTo(AccountEventType.VALIDATION_SENT);
            assertThatThrownBy(() -> f.inUse(AccountKind.STUDENT).recordValidationSent(at("2025-10-07"), "jean"))
                    .as("nothing awaits validation").isInstanceOf(IllegalAccountTransition.class);
            assertThatThrownBy(() -> none.recordValidationSent(at("2025-10-09"), "jean"))
                    .isInstanceOf(IllegalAccountTransition.class);
        }
    }

    /** A pupil « Utilisé » since 12 September 2025 with {@code email} (null: none) not validated. */
    private Account pupilInUse(String email) {
        Account account = f.notified(AccountKind.STUDENT);
        account.activateAsStudent(BIRTH_DATE, NEW_PASSWORD_HASH, email, at("2025-09-12"));
        return account;
    }
}
