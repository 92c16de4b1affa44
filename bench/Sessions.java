import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in N guardians through the real portal login form (GET the page for its Faces view state, POST the form), checks
 * that each session opens the home page, and writes one « TSPORTAL=… » cookie per line: the sessions that
 * bench/page.lua rotates. Usage: java bench/Sessions.java BASE_URL USERNAMES_FILE PASSWORD N OUT_FILE
 */
public class Sessions {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> usernames = Files.readAllLines(Path.of(args[1]));
        String password = args[2];
        int count = Integer.parseInt(args[3]);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> cookies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = usernames.get(i % usernames.size());
            cookies.add(pool.submit(() -> login(base, username, password)));
        }
        List<String> lines = new ArrayList<>();
        for (Future<String> cookie : cookies) {
            lines.add(cookie.get());
        }
        pool.shutdown();
        Files.write(Path.of(args[4]), lines);
    }

    static String login(String base, String username, String password) throws Exception {
        CookieManager jar = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(jar).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("pas d'état de vue sur /login.xhtml");
        }
        String form = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1).replace("&#58;", ":"));
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (posted.statusCode() != 302) {
            throw new IllegalStateException("connexion refusée pour " + username + " (" + posted.statusCode() + ")");
        }
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() != 200 || !home.body().contains("id=\"hello\"")) {
            throw new IllegalStateException("accueil inaccessible pour " + username + " (" + home.statusCode() + ")");
        }
        for (HttpCookie cookie : jar.getCookieStore().getCookies()) {
            if (cookie.getName().equals("TSPORTAL")) {
                return "TSPORTAL=" + cookie.getValue();
            }
        }
        throw new IllegalStateException("pas de cookie de session pour " + username);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
