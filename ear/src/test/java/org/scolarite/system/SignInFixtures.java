package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Fixtures of the sign-in system tests: a family of their own — in an establishment of their own, so that no other
 * test's counts move — whose accounts are pre-created and notified by the application's own {@code AccountService}
 * (the temporary passwords come back as a letter would print them), and read-only looks at the outbox and at an
 * account's history. A test-only WAR (a JSP, compiled by the server, since this module's tests have no servlet API),
 * deployed next to the EAR; it calls the EAR's EJB through its global JNDI name, by reflection since the classes live
 * in the EAR's class loader.
 */
final class SignInFixtures {

    /** A pupil and his mother, both accounts « Notifié », as the school's letter gives them. */
    record Family(String pupilUsername, String pupilPassword, String guardianUsername, String guardianPassword,
                  LocalDate birthDate, String guardianEmail) {
    }

    private static final String JSP = """
            <%@ page contentType="text/plain; charset=UTF-8" import="java.sql.*,javax.sql.DataSource,javax.naming.InitialContext,java.lang.reflect.Method,java.util.Optional"
            %><%!
            static long nextId(Connection c) throws Exception {
                // Far above what the sequences hand out (allocation 50 from 50): no clash with the application.
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT COALESCE(MAX(id), 0) FROM establishment WHERE id >= 900000000")) {
                    r.next();
                    return Math.max(900000000L, r.getLong(1)) + 10;
                }
            }
            /** Query parameters arrive as ISO-8859-1: the tests send UTF-8. */
            static String param(HttpServletRequest request, String name) {
                String raw = request.getParameter(name);
                return raw == null ? null : new String(raw.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
            static Object call(Object bean, String name, Object... args) throws Exception {
                for (Method m : bean.getClass().getMethods()) {
                    if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                        return m.invoke(bean, args);
                    }
                }
                throw new NoSuchMethodException(name);
            }
            %><%
            DataSource ds = (DataSource) new InitialContext().lookup("jdbc/teleservices");
            String action = request.getParameter("action");
            try (Connection c = ds.getConnection()) {
                if ("family".equals(action)) {
                    String tag = request.getParameter("tag");
                    long id = nextId(c);
                    long academy;
                    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                            "SELECT id FROM academy WHERE code = 'NORMANDIE'")) { r.next(); academy = r.getLong(1); }
                    int digits = 9000000 + (int) (id % 999983);
                    String uai = String.format("%07d", digits) + "ABCDEFGHJKLMNPRSTUVWXYZ".charAt(digits % 23);
                    try (PreparedStatement q = c.prepareStatement("INSERT INTO establishment (id, academy_id, uai, kind, "
                            + "name, city, teleservices_activated_on, teleservices_activated_by) VALUES (?, ?, ?, 'COLLEGE', ?, "
                            + "'Caen', ?, 'system-test')")) {
                        q.setLong(1, id); q.setLong(2, academy); q.setString(3, uai);
                        q.setString(4, "Collège d'essai " + tag); q.setDate(5, Date.valueOf("2026-09-01"));
                        q.executeUpdate();
                    }
                    try (PreparedStatement q = c.prepareStatement("INSERT INTO division (id, establishment_id, code, "
                            + "label) VALUES (?, ?, '6A', '6e A')")) {
                        q.setLong(1, id + 4); q.setLong(2, id);
                        q.executeUpdate();
                    }
                    try (PreparedStatement q = c.prepareStatement("INSERT INTO student (id, establishment_id, source_id, "
                            + "last_name, first_name, birth_date, sex, division_id) VALUES (?, ?, ?, ?, ?, ?, 'FEMALE', ?)")) {
                        q.setLong(1, id + 1); q.setLong(2, id); q.setString(3, "E" + id); q.setLong(7, id + 4);
                        q.setString(4, param(request, "last")); q.setString(5, param(request, "pupil"));
                        q.setDate(6, Date.valueOf(request.getParameter("birth")));
                        q.executeUpdate();
                    }
                    try (PreparedStatement q = c.prepareStatement("INSERT INTO guardian (id, establishment_id, source_id, "
                            + "civility, last_name, first_name, email) VALUES (?, ?, ?, 'MME', ?, ?, ?)")) {
                        q.setLong(1, id + 2); q.setLong(2, id); q.setString(3, "P" + id);
                        q.setString(4, param(request, "last")); q.setString(5, param(request, "guardian"));
                        q.setString(6, param(request, "email"));
                        q.executeUpdate();
                    }
                    try (PreparedStatement q = c.prepareStatement("INSERT INTO guardian_link (id, student_id, guardian_id, "
                            + "legal_rank, relationship) VALUES (?, ?, ?, 'FIRST', '20')")) {
                        q.setLong(1, id + 3); q.setLong(2, id + 1); q.setLong(3, id + 2);
                        q.executeUpdate();
                    }
                    Object accounts = new InitialContext().lookup("java:global/teleservices/teleservices-ejb/AccountService");
                    Class<?> modes = accounts.getClass().getClassLoader().loadClass("org.scolarite.account.entity.NotificationMode");
                    Object letter = Enum.valueOf((Class) modes, "LETTER");
                    long pupilAccount = (Long) call(accounts, "preCreateStudentAccount", id + 1, "system-test");
                    Object pupilLetter = call(accounts, "notifyAccount", pupilAccount, letter, "system-test");
                    long guardianAccount = (Long) ((Optional<?>) call(accounts, "preCreateGuardianAccount", id + 2, id + 1,
                            "system-test")).orElseThrow();
                    Object guardianLetter = call(accounts, "notifyAccount", guardianAccount, letter, "system-test");
                    out.print(call(pupilLetter, "username") + ";" + ((Optional<?>) call(pupilLetter, "temporaryPassword")).orElseThrow()
                            + ";" + call(guardianLetter, "username") + ";"
                            + ((Optional<?>) call(guardianLetter, "temporaryPassword")).orElseThrow());
                } else if ("mail".equals(action)) {
                    try (PreparedStatement q = c.prepareStatement("SELECT text_body FROM outbox_message WHERE recipient = ? "
                            + "ORDER BY id DESC")) {
                        q.setString(1, param(request, "to"));
                        try (ResultSet r = q.executeQuery()) { if (r.next()) { out.print(r.getString(1)); } }
                    }
                } else if ("history".equals(action)) {
                    try (PreparedStatement q = c.prepareStatement("SELECT a.state, e.event_type FROM account a "
                            + "JOIN account_event e ON e.account_id = a.id WHERE a.username = ? ORDER BY e.id")) {
                        q.setString(1, param(request, "username"));
                        try (ResultSet r = q.executeQuery()) {
                            boolean first = true;
                            while (r.next()) {
                                if (first) { out.print(r.getString(1) + ":"); first = false; } else { out.print(","); }
                                out.print(r.getString(2));
                            }
                        }
                    }
                }
            } %>""";

    private SignInFixtures() {
    }

    static WebArchive war() {
        return ShrinkWrap.create(WebArchive.class, "signin-fixtures.war").add(new StringAsset(JSP), "fixture.jsp");
    }

    /** Letters only: identifiers keep letters (R-ACC-2), so that each run's family has identifiers of its own. */
    static String tag() {
        StringBuilder tag = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('a' + random.nextInt(26)));
        }
        return tag.toString();
    }

    /** A new family: pupil {@code pupil} and mother {@code guardian}, surname « Essai » + tag. */
    static Family family(String pupil, String guardian, LocalDate birthDate) throws Exception {
        String tag = tag();
        String email = guardian.toLowerCase() + "." + tag + "@example.org";
        String line = call("action=family&tag=" + tag + "&last=Essai" + tag + "&pupil=" + enc(pupil)
                + "&guardian=" + enc(guardian) + "&birth=" + birthDate + "&email=" + enc(email));
        String[] parts = line.strip().split(";");
        assertThat(parts).as("fixture answer: " + line).hasSize(4);
        return new Family(parts[0], parts[1], parts[2], parts[3], birthDate, email);
    }

    /** The text of the latest e-mail queued for {@code recipient}; empty when none. */
    static String latestMail(String recipient) throws Exception {
        return call("action=mail&to=" + enc(recipient));
    }

    /** « STATE:EVENT,EVENT,… » of the account {@code username}, events in order. */
    static String history(String username) throws Exception {
        return call("action=history&username=" + enc(username)).strip();
    }

    private static String call(String query) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(DeployedEar.BASE_URL + "/signin-fixtures/fixture.jsp?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
