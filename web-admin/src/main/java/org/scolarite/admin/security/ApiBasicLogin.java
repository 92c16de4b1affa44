package org.scolarite.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic for the API (RFC 7617, UTF-8): every request carries the staff member's credentials; nothing is kept in
 * a session. Without valid credentials: 401 with the challenge, whatever the resource.
 */
@ApplicationScoped
public class ApiBasicLogin {

    static final String CHALLENGE = "Basic realm=\"Administration Téléservices\", charset=\"UTF-8\"";

    @Inject
    private StaffCredentials credentials;

    static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath();
        return "/api".equals(path) || path.startsWith("/api/");
    }

    AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) {
        Optional<String[]> basic = decode(request.getHeader("Authorization"));
        if (basic.isPresent()) {
            char[] password = basic.get()[1].toCharArray();
            try {
                var identity = credentials.check(basic.get()[0], password);
                if (identity.isPresent()) {
                    return credentials.login(context, identity.get());
                }
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        response.setHeader("WWW-Authenticate", CHALLENGE);
        return context.responseUnauthorized();
    }

    /** « Basic base64(user:password) » → {user, password}; empty when absent or not Basic. */
    static Optional<String[]> decode(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(header.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String pair = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        int colon = pair.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
    }
}
