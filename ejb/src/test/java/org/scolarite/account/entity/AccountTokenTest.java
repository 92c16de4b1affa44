package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scolarite.account.entity.Fixtures.at;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The e-mail validation link (R-ACC-5): random, stored hashed, single use, valid 3 months. */
class AccountTokenTest {

    private final Fixtures f = new Fixtures();
    private final SecureRandom random = new SecureRandom();
    private final LocalDateTime issuedAt = at("2025-09-10");

    @Test
    @DisplayName("R-ACC-5: the secret is 32 random bytes in URL-safe Base64; only its SHA-256 is stored, never the secret")
    void storesTheHashOnly() {
        AccountToken.Issued issued = issue();

        assertThat(issued.secret()).matches("[A-Za-z0-9_-]{43}");
        AccountToken token = issued.token();
        assertThat(token.getTokenHash()).matches("[0-9a-f]{64}").isEqualTo(AccountToken.hash(issued.secret()))
                .doesNotContain(issued.secret());
        assertThat(token.getEmail()).isEqualTo("marie.dupont@example.org");
        assertThat(token.getPurpose()).isEqualTo(TokenPurpose.VALIDATE_EMAIL);
        assertThat(issued.toString()).doesNotContain(issued.secret());
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            secrets.add(issue().secret());
        }
        assertThat(secrets).hasSize(100);
    }

    @Test
    @DisplayName("R-ACC-5: the link is valid 3 months: usable the day before, refused from the same time 3 months later")
    void validThreeMonths() {
        assertThat(issue().token().getExpiresAt()).isEqualTo(issuedAt.plusMonths(3));

        AccountToken lastDay = issue().token();
        lastDay.use(issuedAt.plusMonths(3).minusDays(1));
        assertThat(lastDay.getUsedAt()).isEqualTo(issuedAt.plusMonths(3).minusDays(1));

        AccountToken expired = issue().token();
        assertThatThrownBy(() -> expired.use(issuedAt.plusMonths(3))).isInstanceOf(InvalidLink.class);
        assertThatThrownBy(() -> expired.use(issuedAt.plusMonths(3).plusDays(1))).isInstanceOf(InvalidLink.class);
        assertThat(expired.getUsedAt()).isNull();
    }

    @Test
    @DisplayName("R-ACC-5: the link is single use, and every refusal says the same thing")
    void singleUse() {
        AccountToken token = issue().token();
        token.use(issuedAt.plusDays(1));

        assertThatThrownBy(() -> token.use(issuedAt.plusDays(2)))
                .isInstanceOf(InvalidLink.class).hasMessage(InvalidLink.MESSAGE);
        assertThat(token.getUsedAt()).isEqualTo(issuedAt.plusDays(1));
        assertThat(InvalidLink.MESSAGE).startsWith("Ce lien n’est pas valide\u00a0:");
    }

    @Test
    @DisplayName("R-ACC-5: what cannot be a secret of ours (empty, too long) has no hash, so it is never looked up")
    void garbageHasNoHash() {
        assertThat(AccountToken.hash(null)).isNull();
        assertThat(AccountToken.hash(" ")).isNull();
        assertThat(AccountToken.hash("a".repeat(101))).isNull();
        assertThat(AccountToken.hash("abc")).hasSize(64);
    }

    private AccountToken.Issued issue() {
        return AccountToken.issue(f.activating(), TokenPurpose.VALIDATE_EMAIL, "marie.dupont@example.org", issuedAt,
                random);
    }
}
