package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * « Notes » over HTTP (issue [P2] « Bad input and security »): a family of its own (a collège, a division with its
 * period, Inès and her classmate Tom of another family, Inès's brother Noé whose access the school removed), one grade
 * published and one entered today (hidden « au fil de l'eau », R-NOTES-1). Every forged request is refused with 403
 * on the server: another family's child, the hidden grade asked by its id, another division's period, the pupil
 * whose access was removed (R-ACC-9), the service once the school closed it — and logged (server log, WARNING).
 * Hidden grades never reach the page.
 */
@ExtendWith({DeployedEar.class, ArquillianExtension.class})
@RunAsClient
class GradesAccessIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false, name = "grades-fixture", order = 2)
    static WebArchive fixture() {
        return ShrinkWrap.create(WebArchive.class, "grades-fixture.war").add(new StringAsset(JSP), "fixture.jsp");
    }

    private HttpClient http;
    private String[] ids;
    private int n;

    @BeforeEach
    void create() throws Exception {
        n = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_000);
        String answer = fixture("create&n=" + n).strip();
        assertThat(answer).as("fixture").matches("\\d+(;\\d+){6}");
        ids = answer.split(";");
        login();
    }

    @AfterEach
    void delete() throws Exception {
        fixture("delete&school=" + ids[0] + "&account=" + ids[6]);
    }

    private long school() { return Long.parseLong(ids[0]); }
    private String ines() { return ids[1]; }
    private String tom() { return ids[2]; }
    private String noe() { return ids[3]; }
    private String hidden() { return ids[4]; }
    private String otherPeriod() { return ids[5]; }

    @Test
    @DisplayName("R-NOTES-1, R-NOTES-3: the guardian sees the published grade with figures over published grades only")
    void published_only() throws Exception {
        HttpResponse<String> page = get("/notes.xhtml?enfant=" + ines() + "&periode=tout");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"grades-table\"", "Contrôle publié", ">17<", ">11<")
                .doesNotContain("Contrôle caché", "data-assessment=\"" + hidden() + "\"");
        // The table's lines are written in Java (GradeRowsComponent): a label typed in the school's software is text.
        assertThat(page.body()).contains("Contrôle publié &lt;b&gt;1&lt;/b&gt;").doesNotContain("<b>1</b>");
    }

    @Test
    @DisplayName("Security: another family's child, asked by URL, is refused (403)")
    void another_family() throws Exception {
        assertThat(get("/notes.xhtml?enfant=" + tom()).statusCode()).isEqualTo(403);
        String askedForTom = "compte notes.famille" + n + " a demandé enfant=" + tom();
        assertThat(DeployedEar.serverLog(askedForTom)).contains(askedForTom);
    }

    @Test
    @DisplayName("R-NOTES-1 security: a hidden grade asked by its id, or another division's period, is refused (403)")
    void hidden_grade_and_foreign_period() throws Exception {
        HttpResponse<String> hiddenGrade = get("/notes.xhtml?enfant=" + ines() + "&devoir=" + hidden());
        assertThat(hiddenGrade.statusCode()).isEqualTo(403);
        assertThat(hiddenGrade.body()).doesNotContain("Contrôle caché");
        String askedForHidden = "Accès refusé aux notes : compte notes.famille" + n + " a demandé devoir " + hidden();
        assertThat(DeployedEar.serverLog(askedForHidden)).contains(askedForHidden);
        assertThat(get("/notes.xhtml?enfant=" + ines() + "&periode=p" + otherPeriod()).statusCode()).isEqualTo(403);
        assertThat(get("/notes.xhtml?enfant=" + ines() + "&devoir=abc").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("R-ACC-9: the pupil whose access the school removed has no Notes page (403)")
    void access_removed() throws Exception {
        assertThat(get("/notes.xhtml?enfant=" + noe()).statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("R-SVC: once the school closed Notes, the page refuses direct requests (403) and the menu drops it")
    void closed_service() throws Exception {
        assertThat(get("/index.xhtml?enfant=" + ines()).body()).contains("id=\"nav-GRADES\"");
        fixture("close&school=" + school());
        // A new session: the family view is kept a minute per session (FamilyViews), and the fixture bypasses the
        // console whose save would have renewed it.
        login();
        assertThat(get("/notes.xhtml?enfant=" + ines()).statusCode()).isEqualTo(403);
        assertThat(get("/index.xhtml?enfant=" + ines()).body()).doesNotContain("id=\"nav-GRADES\"");
    }

    /** Signs the family's guardian in, in a new session. */
    private void login() throws Exception {
        String username = "notes.famille" + n;
        http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String form = get("/login.xhtml").body();
        Matcher state = VIEW_STATE.matcher(form);
        assertThat(state.find()).isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", "Demo-2026");
        fields.put("login:submit", "Se connecter");
        fields.put("jakarta.faces.ViewState", state.group(1));
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.body()).as("logged in").contains("logout:logoutButton");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + path))
                .header("Accept-Language", "fr-FR").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String fixture(String action) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(DeployedEar.BASE_URL + "/grades-fixture/fixture.jsp?action=" + action)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static final String JSP = FixtureJsp.HEAD + """
            static long pupil(Connection c, long school, long division, String source, String first)
                    throws SQLException {
                long id = next(c, "student_seq");
                run(c, "INSERT INTO student (id, establishment_id, source_id, last_name, first_name, birth_date, sex, "
                        + "division_id) VALUES (?, ?, ?, 'Lambert', ?, ?, 'FEMALE', ?)", id, school, source, first,
                        Date.valueOf("2014-05-06"), division);
                return id;
            }
            static long assessment(Connection c, long school, long division, long period, long subject, String label,
                                   LocalDate entered, long ines, String inesGrade, long tom, String tomGrade)
                    throws SQLException {
                long id = next(c, "assessment_seq");
                run(c, "INSERT INTO assessment (id, establishment_id, source_id, division_id, period_id, subject_id, "
                        + "label, assessed_on, coefficient, out_of, entered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 20, ?)",
                        id, school, "IT" + id, division, period, subject, label, Date.valueOf(entered.minusDays(1)),
                        Date.valueOf(entered));
                run(c, "INSERT INTO grade (assessment_id, student_id, grade_value) VALUES (?, ?, ?)", id, ines,
                        new java.math.BigDecimal(inesGrade));
                run(c, "INSERT INTO grade (assessment_id, student_id, grade_value) VALUES (?, ?, ?)", id, tom,
                        new java.math.BigDecimal(tomGrade));
                return id;
            }
            %><% DataSource ds = (DataSource) new InitialContext().lookup("jdbc/teleservices");
            String action = request.getParameter("action");
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                LocalDate today = LocalDate.now();
                if ("create".equals(action)) {
                    int n = Integer.parseInt(request.getParameter("n"));
                    long academy = one(c, "SELECT id FROM academy WHERE code = 'NORMANDIE'");
                    String hash = text(c, "SELECT a.password_hash FROM account a WHERE a.academy_id = ? "
                            + "AND a.username = 'claire.durand'", academy);
                    long school = next(c, "establishment_seq");
                    String uai = String.format("%07d", n) + "ABCDEFGHJKLMNPRSTUVWXYZ".charAt(n % 23);
                    run(c, "INSERT INTO establishment (id, academy_id, uai, kind, name, teleservices_activated_on, "
                            + "teleservices_activated_by, uses_grades_module, uses_school_life_module) "
                            + "VALUES (?, ?, ?, 'COLLEGE', 'Collège Simone Veil', ?, 'fixture', TRUE, TRUE)",
                            school, academy, uai, Date.valueOf(today.minusDays(30)));
                    long division = next(c, "division_seq");
                    run(c, "INSERT INTO division (id, establishment_id, code) VALUES (?, ?, '5C')", division, school);
                    long other = next(c, "division_seq");
                    run(c, "INSERT INTO division (id, establishment_id, code) VALUES (?, ?, '5D')", other, school);
                    long period = next(c, "school_period_seq");
                    run(c, "INSERT INTO school_period (id, division_id, code, label, starts_on, ends_on) VALUES "
                            + "(?, ?, 'T1', '1er trimestre', ?, ?)", period, division, Date.valueOf(today.minusDays(60)),
                            Date.valueOf(today.plusDays(30)));
                    long otherPeriod = next(c, "school_period_seq");
                    run(c, "INSERT INTO school_period (id, division_id, code, label, starts_on, ends_on) VALUES "
                            + "(?, ?, 'T1', '1er trimestre', ?, ?)", otherPeriod, other, Date.valueOf(today.minusDays(60)),
                            Date.valueOf(today.plusDays(30)));
                    long ines = pupil(c, school, division, "I" + n, "Inès");
                    long tom = pupil(c, school, division, "T" + n, "Tom");
                    long noe = pupil(c, school, division, "N" + n, "Noé");
                    run(c, "UPDATE student SET access_removed = TRUE WHERE id = ?", noe);
                    long mother = next(c, "guardian_seq");
                    run(c, "INSERT INTO guardian (id, establishment_id, source_id, civility, last_name, first_name) "
                            + "VALUES (?, ?, ?, 'MME', 'Lambert', 'Julie')", mother, school, "M" + n);
                    for (long child : new long[] {ines, noe}) {
                        run(c, "INSERT INTO guardian_link (id, student_id, guardian_id, legal_rank, relationship) "
                                + "VALUES (?, ?, ?, 'FIRST', '20')", next(c, "guardian_link_seq"), child, mother);
                    }
                    long account = next(c, "account_seq");
                    run(c, "INSERT INTO account (id, version, academy_id, kind, username, username_base, password_hash, "
                            + "state, notified_on, notification_mode, activated_on, email, email_validated, guardian_id) "
                            + "VALUES (?, 1, ?, 'GUARDIAN', ?, 'notes.famille', ?, 'IN_USE', ?, 'LETTER', ?, ?, TRUE, ?)",
                            account, academy, "notes.famille" + n, hash, Date.valueOf(today.minusDays(20)),
                            Date.valueOf(today.minusDays(19)), "famille.lambert" + n + "@example.org", mother);
                    for (long child : new long[] {ines, noe}) {
                        run(c, "INSERT INTO account_student (id, account_id, student_id, effective_from) VALUES (?, ?, ?, ?)",
                                next(c, "account_student_seq"), account, child, Date.valueOf(today.minusDays(20)));
                    }
                    long subject = one(c, "SELECT MIN(id) FROM subject");
                    assessment(c, school, division, period, subject, "Contrôle publié <b>1</b>", today.minusDays(5), ines, "17",
                            tom, "5");
                    long hidden = assessment(c, school, division, period, subject, "Contrôle caché", today, ines, "3",
                            tom, "20");
                    c.commit();
                    out.print(school + ";" + ines + ";" + tom + ";" + noe + ";" + hidden + ";" + otherPeriod + ";"
                            + account);
                } else if ("close".equals(action)) {
                    long school = Long.parseLong(request.getParameter("school"));
                    run(c, "INSERT INTO establishment_setting (id, establishment_id, setting_key, revision, setting_value, "
                            + "effective_from, changed_by, changed_at) VALUES (?, ?, 'service.GRADES', 1, 'false', ?, "
                            + "'fixture', ?)", next(c, "establishment_setting_seq"), school,
                            Date.valueOf(today.minusDays(1)), new Timestamp(System.currentTimeMillis()));
                    c.commit();
                    out.print("closed");
                } else if ("delete".equals(action)) {
                    long school = Long.parseLong(request.getParameter("school"));
                    long account = Long.parseLong(request.getParameter("account"));
                    run(c, "DELETE FROM portal_access WHERE account_id = ?", account);
                    run(c, "DELETE FROM account_event WHERE account_id = ?", account);
                    run(c, "DELETE FROM account_student WHERE account_id = ?", account);
                    run(c, "DELETE FROM account WHERE id = ?", account);
                    run(c, "DELETE FROM grade WHERE assessment_id IN (SELECT id FROM assessment WHERE establishment_id = ?)",
                            school);
                    run(c, "DELETE FROM assessment WHERE establishment_id = ?", school);
                    run(c, "DELETE FROM establishment_setting WHERE establishment_id = ?", school);
                    run(c, "DELETE FROM guardian_link WHERE guardian_id IN (SELECT id FROM guardian WHERE establishment_id = ?)",
                            school);
                    run(c, "DELETE FROM guardian WHERE establishment_id = ?", school);
                    run(c, "DELETE FROM student WHERE establishment_id = ?", school);
                    run(c, "DELETE FROM school_period WHERE division_id IN (SELECT id FROM division WHERE establishment_id = ?)",
                            school);
                    run(c, "DELETE FROM division WHERE establishment_id = ?", school);
                    run(c, "DELETE FROM establishment WHERE id = ?", school);
                    c.commit();
                    out.print("deleted");
                }
            } %>""";
}
