package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The navigation tests' own family, written straight into the application's database by a test-only JSP (this module's
 * tests have no servlet API nor JPA; H2 and PostgreSQL alike), so that the demo data other tests rely on is never
 * changed: a collège (Collège Louise Michel: the académie's « Orientation après la 3e » opened, its experimental
 * service — piloted by the demo collège — « opened » too, contact link active, a welcome message) and a lycée (Lycée
 * Victor Grignard: no académie service, no contact link), one regrouped guardian account opening Jules (collège),
 * Alice (lycée) and Léo (collège, whose access the school removed, R-ACC-9) with the demo password, and a pupil of another family (Paul, lycée). {@link #delete} removes it all.
 * Ids come from the application's sequences, whose values EclipseLink never hands out twice.
 */
final class FamilyFixture {

    static final String PASSWORD = "Demo-2026";

    final int n;
    final String username;
    final long accountId;
    final long julesId;
    final long aliceId;
    final long strangerId;
    final long collegeId;
    final long lyceeId;
    final String mailbox;
    final String familyEmail;
    final long orientationId;
    final long experimentalId;
    final long leoId;

    private FamilyFixture(int n, String[] ids) {
        this.n = n;
        this.username = "nav.famille" + n;
        this.accountId = Long.parseLong(ids[0]);
        this.julesId = Long.parseLong(ids[1]);
        this.aliceId = Long.parseLong(ids[2]);
        this.strangerId = Long.parseLong(ids[3]);
        this.collegeId = Long.parseLong(ids[4]);
        this.lyceeId = Long.parseLong(ids[5]);
        this.mailbox = ids[6];
        this.familyEmail = ids[7];
        this.orientationId = Long.parseLong(ids[8]);
        this.experimentalId = Long.parseLong(ids[9]);
        this.leoId = Long.parseLong(ids[10]);
    }

    static FamilyFixture create() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_000);
        String answer = call("create&n=" + n).strip();
        assertThat(answer).as("fixture").matches("\\d+(;[^;]+){10}");
        return new FamilyFixture(n, answer.split(";"));
    }

    void delete() throws Exception {
        call("delete&account=" + accountId + "&college=" + collegeId + "&lycee=" + lyceeId);
    }

    /** « service_key;student_id » of the account's access rows, oldest first. */
    List<String> accesses() throws Exception {
        return call("accesses&account=" + accountId).lines().filter(l -> !l.isBlank()).toList();
    }

    /** « recipient|reply_to|subject|kind » of the collège's outbox, oldest first. */
    List<String> collegeOutbox() throws Exception {
        return call("outbox&establishment=" + collegeId).lines().filter(l -> !l.isBlank()).toList();
    }

    /** Waits for the access log's flush (every 5 s) until {@code count} rows are there. */
    List<String> accessesAtLeast(int count) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> rows = accesses();
        while (rows.size() < count && System.nanoTime() < end) {
            Thread.sleep(500);
            rows = accesses();
        }
        return rows;
    }

    /**
     * R-INSC-1: Jules (collège, 3e) assigned to the fixture lycée in 2nde GT (the demo's MEF); the lycée's campaign
     * closes on {@code deadline}, its 2nde GT offers ESP2 and ALL2 (LVB), LATIN, THEAT and SECTSP (at most one;
     * THEAT and SECTSP incompatible).
     */
    void assignJules(LocalDate deadline) throws Exception {
        call("enrolment&college=" + collegeId + "&lycee=" + lyceeId + "&pupil=" + julesId + "&deadline=" + deadline);
    }

    /** Moves the fixture lycée's enrolment deadline. */
    void enrolmentDeadline(LocalDate deadline) throws Exception {
        call("deadline&lycee=" + lyceeId + "&deadline=" + deadline);
    }

    /** « status|option,option » of Jules's enrolment rows (one line each; none before step 1). */
    List<String> julesEnrolments() throws Exception {
        return call("enrolments&pupil=" + julesId).lines().filter(l -> !l.isBlank()).toList();
    }

    private static String call(String action) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(DeployedEar.BASE_URL + "/family-fixture/fixture.jsp?action=" + action)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    static WebArchive war() {
        return ShrinkWrap.create(WebArchive.class, "family-fixture.war").add(new StringAsset(JSP), "fixture.jsp");
    }

    private static final String JSP = FixtureJsp.HEAD + """
            static String uai(int digits) {
                return String.format("%07d", digits) + "ABCDEFGHJKLMNPRSTUVWXYZ".charAt(digits % 23);
            }
            static long school(Connection c, long academy, int digits, String kind, String name, String phone,
                               String email) throws SQLException {
                long id = next(c, "establishment_seq");
                run(c, "INSERT INTO establishment (id, academy_id, uai, kind, name, address_line1, postal_code, city, "
                        + "phone, head_name, teleservices_activated_on, teleservices_activated_by, uses_grades_module, "
                        + "uses_school_life_module) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'fixture', TRUE, TRUE)",
                        id, academy, uai(digits), kind, name, "12 rue de la République", "14000", "Caen", phone,
                        "Mme la principale", Date.valueOf(LocalDate.now().minusDays(30)));
                if (email != null) {
                    run(c, "INSERT INTO establishment_email (establishment_id, position, email) VALUES (?, 0, ?)", id, email);
                }
                return id;
            }
            static long pupil(Connection c, long school, String source, String first, String last) throws SQLException {
                long id = next(c, "student_seq");
                run(c, "INSERT INTO student (id, establishment_id, source_id, last_name, first_name, birth_date, sex) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 'MALE')", id, school, source, last, first, Date.valueOf("2012-05-06"));
                return id;
            }
            static long guardian(Connection c, long school, String source, String first, String last, long child)
                    throws SQLException {
                long id = next(c, "guardian_seq");
                run(c, "INSERT INTO guardian (id, establishment_id, source_id, civility, last_name, first_name) "
                        + "VALUES (?, ?, ?, 'MME', ?, ?)", id, school, source, last, first);
                run(c, "INSERT INTO guardian_link (id, student_id, guardian_id, legal_rank, relationship) "
                        + "VALUES (?, ?, ?, 'FIRST', '20')", next(c, "guardian_link_seq"), child, id);
                return id;
            }
            static void setting(Connection c, long school, String key, String value) throws SQLException {
                run(c, "INSERT INTO establishment_setting (id, establishment_id, setting_key, revision, setting_value, "
                        + "effective_from, changed_by, changed_at) VALUES (?, ?, ?, 1, ?, ?, 'fixture', ?)",
                        next(c, "establishment_setting_seq"), school, key, value,
                        Date.valueOf(LocalDate.now().minusDays(1)), new Timestamp(System.currentTimeMillis()));
            }
            %><% DataSource ds = (DataSource) new InitialContext().lookup("jdbc/teleservices");
            String action = request.getParameter("action");
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                if ("create".equals(action)) {
                    int n = Integer.parseInt(request.getParameter("n"));
                    long academy = one(c, "SELECT id FROM academy WHERE code = 'NORMANDIE'");
                    String hash = text(c, "SELECT a.password_hash FROM account a WHERE a.academy_id = ? "
                            + "AND a.username = 'claire.durand'", academy);
                    long orientation = one(c, "SELECT id FROM academic_service WHERE academy_id = ? "
                            + "AND label = 'Orientation après la 3e'", academy);
                    long experimental = one(c, "SELECT id FROM academic_service WHERE academy_id = ? "
                            + "AND label = 'Cahier de textes académique'", academy);
                    String mailbox = "ce." + uai(n).toLowerCase() + "@ac-normandie.fr";
                    String familyEmail = "famille.bernard" + n + "@example.org";
                    long college = school(c, academy, n, "COLLEGE", "Collège Louise Michel", "02 31 45 67 89", mailbox);
                    long lycee = school(c, academy, n + 1, "LYCEE", "Lycée Victor Grignard", "02 31 98 76 54", null);
                    long jules = pupil(c, college, "J" + n, "Jules", "Bernard");
                    long alice = pupil(c, lycee, "A" + n, "Alice", "Bernard");
                    long paul = pupil(c, lycee, "P" + n, "Paul", "Moreau");
                    long mother = guardian(c, college, "M" + n, "Sophie", "Bernard", jules);
                    long leo = pupil(c, college, "L" + n, "Léo", "Bernard");
                    run(c, "UPDATE student SET access_removed = TRUE WHERE id = ?", leo);
                    run(c, "INSERT INTO guardian_link (id, student_id, guardian_id, legal_rank, relationship) "
                            + "VALUES (?, ?, ?, 'FIRST', '20')", next(c, "guardian_link_seq"), leo, mother);
                    guardian(c, lycee, "MA" + n, "Sophie", "Bernard", alice);
                    guardian(c, lycee, "X" + n, "Nadia", "Moreau", paul);
                    long account = next(c, "account_seq");
                    LocalDate today = LocalDate.now();
                    run(c, "INSERT INTO account (id, version, academy_id, kind, username, username_base, password_hash, "
                            + "state, notified_on, notification_mode, activated_on, email, email_validated, guardian_id) "
                            + "VALUES (?, 1, ?, 'GUARDIAN', ?, 'nav.famille', ?, 'IN_USE', ?, 'LETTER', ?, ?, TRUE, ?)",
                            account, academy, "nav.famille" + n, hash, Date.valueOf(today.minusDays(20)), Date.valueOf(today.minusDays(19)),
                            familyEmail, mother);
                    for (long child : new long[] {jules, alice, leo}) {
                        run(c, "INSERT INTO account_student (id, account_id, student_id, effective_from) VALUES (?, ?, ?, ?)",
                                next(c, "account_student_seq"), account, child, Date.valueOf(today.minusDays(20)));
                    }
                    setting(c, college, "service.academic-" + orientation, "true");
                    setting(c, college, "service.academic-" + experimental, "true");
                    setting(c, college, "contact-link", "{\\"active\\":true,\\"mailbox\\":\\"" + mailbox + "\\"}");
                    setting(c, college, "welcome-message", "\\"<p><strong>Bienvenue au collège Louise Michel.</strong></p>"
                            + "<p>Le secrétariat répond à vos messages du lundi au vendredi.</p>\\"");
                    c.commit();
                    out.print(account + ";" + jules + ";" + alice + ";" + paul + ";" + college + ";" + lycee + ";"
                            + mailbox + ";" + familyEmail + ";" + orientation + ";" + experimental + ";" + leo);
                } else if ("accesses".equals(action)) {
                    try (PreparedStatement q = c.prepareStatement("SELECT service_key, student_id FROM portal_access "
                            + "WHERE account_id = ? ORDER BY id")) {
                        q.setLong(1, Long.parseLong(request.getParameter("account")));
                        try (ResultSet r = q.executeQuery()) {
                            while (r.next()) { out.println(r.getString(1) + ";" + r.getLong(2)); }
                        }
                    }
                } else if ("outbox".equals(action)) {
                    try (PreparedStatement q = c.prepareStatement("SELECT recipient, reply_to, subject, kind, text_body "
                            + "FROM outbox_message WHERE establishment_id = ? ORDER BY id")) {
                        q.setLong(1, Long.parseLong(request.getParameter("establishment")));
                        try (ResultSet r = q.executeQuery()) {
                            while (r.next()) {
                                out.println(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|"
                                        + r.getString(4) + "|" + r.getString(5).replace('\\n', ' '));
                            }
                        }
                    }
                } else if ("enrolment".equals(action)) {
                    long college = Long.parseLong(request.getParameter("college"));
                    long lycee = Long.parseLong(request.getParameter("lycee"));
                    long mef = one(c, "SELECT id FROM mef WHERE code = '20010018110'");
                    run(c, "INSERT INTO enrolment_campaign (id, establishment_id, message, deadline, version) "
                            + "VALUES (?, ?, 'Bienvenue au lycée Victor Grignard.', ?, 0)", next(c, "enrolment_campaign_seq"),
                            lycee, Date.valueOf(request.getParameter("deadline")));
                    long rule = next(c, "enrolment_mef_rule_seq");
                    run(c, "INSERT INTO enrolment_mef_rule (id, establishment_id, mef_id, min_optional, max_optional, version) "
                            + "VALUES (?, ?, ?, 0, 1, 0)", rule, lycee, mef);
                    String[][] options = {{"ESP2", "Espagnol", "LVB"}, {"ALL2", "Allemand", "LVB"}, {"LATIN", "Latin", "OPTIONAL"},
                            {"THEAT", "Théâtre", "OPTIONAL"}, {"SECTSP", "Section sportive", "OPTIONAL"}};
                    for (String[] o : options) {
                        run(c, "INSERT INTO enrolment_option (rule_id, code, label, kind) VALUES (?, ?, ?, ?)", rule, o[0], o[1], o[2]);
                    }
                    run(c, "INSERT INTO enrolment_incompatibility (rule_id, first_code, second_code) VALUES (?, 'SECTSP', 'THEAT')", rule);
                    run(c, "INSERT INTO enrolment_assignment (id, establishment_id, source_id, student_id, lycee_id, mef_id) "
                            + "VALUES (?, ?, ?, ?, ?, ?)", next(c, "enrolment_assignment_seq"), college, "AFF" + request.getParameter("pupil"),
                            Long.parseLong(request.getParameter("pupil")), lycee, mef);
                    c.commit();
                    out.print("assigned");
                } else if ("deadline".equals(action)) {
                    run(c, "UPDATE enrolment_campaign SET deadline = ? WHERE establishment_id = ?",
                            Date.valueOf(request.getParameter("deadline")), Long.parseLong(request.getParameter("lycee")));
                    c.commit();
                    out.print("moved");
                } else if ("enrolments".equals(action)) {
                    try (PreparedStatement q = c.prepareStatement("SELECT e.id, e.status FROM enrolment e JOIN enrolment_assignment a "
                            + "ON a.id = e.assignment_id WHERE a.student_id = ? ORDER BY e.id")) {
                        q.setLong(1, Long.parseLong(request.getParameter("pupil")));
                        try (ResultSet r = q.executeQuery()) {
                            while (r.next()) {
                                StringBuilder codes = new StringBuilder();
                                try (PreparedStatement ch = c.prepareStatement("SELECT option_code FROM enrolment_choice "
                                        + "WHERE enrolment_id = ? ORDER BY option_code")) {
                                    ch.setLong(1, r.getLong(1));
                                    try (ResultSet cr = ch.executeQuery()) {
                                        while (cr.next()) { codes.append(codes.length() == 0 ? "" : ",").append(cr.getString(1)); }
                                    }
                                }
                                out.println(r.getString(2).strip() + "|" + codes);
                            }
                        }
                    }
                } else if ("delete".equals(action)) {
                    long account = Long.parseLong(request.getParameter("account"));
                    long[] schools = {Long.parseLong(request.getParameter("college")),
                            Long.parseLong(request.getParameter("lycee"))};
                    run(c, "DELETE FROM portal_access WHERE account_id = ?", account);
                    run(c, "DELETE FROM account_event WHERE account_id = ?", account);
                    run(c, "DELETE FROM account_student WHERE account_id = ?", account);
                    run(c, "DELETE FROM account WHERE id = ?", account);
                    for (long school : schools) {
                        run(c, "DELETE FROM enrolment_assignment WHERE establishment_id = ? OR lycee_id = ?", school, school);
                        run(c, "DELETE FROM enrolment_mef_rule WHERE establishment_id = ?", school);
                        run(c, "DELETE FROM enrolment_campaign WHERE establishment_id = ?", school);
                        run(c, "DELETE FROM outbox_message WHERE establishment_id = ?", school);
                        run(c, "DELETE FROM establishment_setting WHERE establishment_id = ?", school);
                        run(c, "DELETE FROM guardian_link WHERE guardian_id IN (SELECT id FROM guardian WHERE establishment_id = ?)", school);
                        run(c, "DELETE FROM guardian WHERE establishment_id = ?", school);
                        run(c, "DELETE FROM student WHERE establishment_id = ?", school);
                        run(c, "DELETE FROM establishment_email WHERE establishment_id = ?", school);
                        run(c, "DELETE FROM establishment WHERE id = ?", school);
                    }
                    c.commit();
                    out.print("deleted");
                }
            } %>""";
}
