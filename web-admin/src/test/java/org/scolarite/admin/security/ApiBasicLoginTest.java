package org.scolarite.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The API's Basic credentials (RFC 7617, UTF-8): what is read from the header, and what is not credentials. */
class ApiBasicLoginTest {

    @Test
    @DisplayName("Basic credentials are decoded as UTF-8; the password may hold a colon")
    void decodes_utf8_credentials() {
        String header = "Basic " + Base64.getEncoder().encodeToString("rectorat:Démo:2026".getBytes(StandardCharsets.UTF_8));

        assertThat(ApiBasicLogin.decode(header)).hasValueSatisfying(pair ->
                assertThat(pair).containsExactly("rectorat", "Démo:2026"));
        assertThat(ApiBasicLogin.decode("basic " + Base64.getEncoder().encodeToString("a:b".getBytes(StandardCharsets.UTF_8))))
                .isPresent();
    }

    @Test
    @DisplayName("No header, another scheme, bad Base64 or no colon: no credentials (then 401 with the challenge)")
    void anything_else_is_no_credentials() {
        assertThat(ApiBasicLogin.decode(null)).isEmpty();
        assertThat(ApiBasicLogin.decode("Bearer abc")).isEmpty();
        assertThat(ApiBasicLogin.decode("Basic %%%")).isEmpty();
        assertThat(ApiBasicLogin.decode("Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }
}
