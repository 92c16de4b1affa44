package org.scolarite.admin.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.scolarite.notification.entity.LetterPart;

/**
 * Says in French what an audit entry records (R-ROLE-1, « Historique des modifications »): the action from its code
 * and target (« PARAMETRAGE » on {@code welcome-message} → « Message d’accueil », « OUVERTURE_SERVICE » on
 * {@code GRADES} → « Ouverture du service Notes »), and the detail « old → new » with the stored JSON values read
 * back as labels and short texts. Only presentation: an unknown code or a cut value is shown as recorded.
 *
 * <p>Texts come from {@code labels} (the bundle; {@code null} for a missing key), so that this class runs in plain
 * unit tests.
 */
final class AuditDescriptions {

    static final String SETTING = "PARAMETRAGE";
    private static final String ARROW = " → ";
    private static final String DEFAULT_MARKER = "(valeur par défaut)";
    private static final String ACADEMIC_PREFIX = "academic-";
    private static final int TEXT_MAX = 140;
    /** Fields of stored values that mean nothing to a reader (the ENT's id in the académie's list). */
    private static final Set<String> HIDDEN_FIELDS = Set.of("choiceId");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|li|h[1-3])>|<br\\s*/?>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Function<String, String> labels;

    AuditDescriptions(Function<String, String> labels) {
        this.labels = labels;
    }

    /** « Message d’accueil », « Ouverture du service Notes », « Activation des téléservices »… */
    String action(String action, String target) {
        if (SETTING.equals(action)) {
            return setting(target);
        }
        if ("OUVERTURE_SERVICE".equals(action) || "FERMETURE_SERVICE".equals(action)) {
            return format(label("history.action." + action), service(target));
        }
        String known = label("history.action." + action);
        if (known != null) {
            return format(known, target == null ? "" : target).strip();
        }
        return target == null ? action : action + " (" + target + ")";
    }

    /** The setting a key names: « Message d’accueil », « Modèle de courrier : En-tête des courriers »… */
    String setting(String key) {
        if (key == null) {
            return label("history.setting.unknown");
        }
        if (key.startsWith("letter.")) {
            try {
                return format(label("history.setting.letter"), LetterPart.valueOf(key.substring(7)).label());
            } catch (IllegalArgumentException unknownPart) {
                return key;
            }
        }
        if (key.startsWith("service.")) {
            return format(label("history.setting.opening"), service(key.substring(8)));
        }
        String known = label("history.setting." + key);
        return known != null ? known : format(label("history.setting.other"), key);
    }

    /** « Notes », « Vie scolaire », « service académique n° 12 ». */
    String service(String code) {
        if (code == null) {
            return "";
        }
        if (code.startsWith(ACADEMIC_PREFIX)) {
            return format(label("history.service.academic"), code.substring(ACADEMIC_PREFIX.length()));
        }
        String known = label("history.service." + code);
        return known != null ? known : code;
    }

    /** The detail « old → new », values of settings read back from their JSON; other details as recorded. */
    String detail(String action, String target, String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        if (!SETTING.equals(action)) {
            return detail;
        }
        boolean letter = target != null && target.startsWith("letter.");
        int from = 0;
        int arrow;
        while ((arrow = detail.indexOf(ARROW, from)) >= 0) {
            Object before = read(detail.substring(0, arrow));
            Object after = read(detail.substring(arrow + ARROW.length()));
            if (before != UNREADABLE && after != UNREADABLE) {
                return (letter ? template(before) : value(before)) + ARROW + (letter ? template(after) : value(after));
            }
            from = arrow + 1;
        }
        // A value cut by the audit trail (« … »): said as text, side by side.
        arrow = detail.indexOf(ARROW);
        if (arrow < 0) {
            return shorten(text(detail));
        }
        String before = detail.substring(0, arrow);
        String after = detail.substring(arrow + ARROW.length());
        return letter ? template(loose(before)) + ARROW + template(loose(after))
                : said(loose(before)) + ARROW + said(loose(after));
    }

    /** One side of a detail that is not whole JSON: {@code null} for the default, else its text. */
    private static String loose(String side) {
        String json = side.strip();
        if (json.equals(DEFAULT_MARKER)) {
            return null;
        }
        if (json.startsWith("\"")) {
            json = json.substring(1);
        }
        if (json.endsWith("\"")) {
            json = json.substring(0, json.length() - 1);
        }
        return text(json.replace("\\\"", "\"").replace("\\n", " "));
    }

    private String said(String text) {
        return text == null ? label("history.value.default") : "«\u00a0" + shorten(text) + "\u00a0»";
    }

    private String template(Object value) {
        return label(value == null ? "history.value.defaultTemplate" : "history.value.customTemplate");
    }

    /** A stored value as a reader would say it. */
    String value(Object value) {
        if (value == null) {
            return label("history.value.default");
        }
        if (value instanceof Boolean b) {
            return label(b ? "history.value.yes" : "history.value.no");
        }
        if (value instanceof String s) {
            String known = s.matches("[A-Z_]+") ? label("history.value." + s) : null;
            if (known != null) {
                return known;
            }
            String text = shorten(text(s));
            return text.isEmpty() ? label("history.value.empty") : "«\u00a0" + text + "\u00a0»";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? label("history.value.none")
                    : list.stream().map(this::value).collect(Collectors.joining(" ; "));
        }
        if (value instanceof Map<?, ?> map) {
            if (map.containsKey("label") && map.containsKey("url") && map.size() == 2) {
                return "«\u00a0" + map.get("label") + "\u00a0» (" + map.get("url") + ")";
            }
            List<String> parts = new ArrayList<>();
            map.forEach((key, v) -> {
                if (v != null && !HIDDEN_FIELDS.contains(key)) {
                    String name = label("history.field." + key);
                    String said = "deadlines".equals(key) && v instanceof List<?> dates
                            ? format(label("history.value.deadlines"), dates.size()) : value(v);
                    parts.add((name == null ? key : name) + "\u00a0: " + said);
                }
            });
            return parts.isEmpty() ? label("history.value.default") : String.join(", ", parts);
        }
        return value.toString();
    }

    private String label(String key) {
        return labels.apply(key);
    }

    private static String format(String pattern, Object argument) {
        return pattern == null ? Objects.toString(argument, "") : pattern.replace("{0}", Objects.toString(argument, ""));
    }

    /** Visible text of HTML: tags dropped, blocks separated, common entities decoded, spaces collapsed. */
    static String text(String html) {
        String separated = BLOCK_END.matcher(html).replaceAll(" ");
        String plain = TAG.matcher(separated).replaceAll("")
                .replace("&nbsp;", "\u00a0").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#34;", "\"").replace("&#43;", "+").replace("&#61;", "=")
                .replace("&#64;", "@").replace("&#96;", "`").replace("&amp;", "&");
        return SPACES.matcher(plain).replaceAll(" ").strip();
    }

    private static String shorten(String text) {
        return text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1).strip() + "…";
    }

    // --- A small JSON reader: the audit stores setting values as JSON (SettingCodec), possibly cut at 480 chars. ---

    private static final Object UNREADABLE = new Object();

    /** The value of one side of « old → new », {@code null} for the default, {@link #UNREADABLE} when cut. */
    static Object read(String side) {
        String json = side.strip();
        if (json.equals(DEFAULT_MARKER)) {
            return null;
        }
        try {
            JsonReader reader = new JsonReader(json);
            Object value = reader.value();
            reader.skipSpaces();
            return reader.atEnd() ? value : UNREADABLE;
        } catch (IllegalArgumentException | IndexOutOfBoundsException cut) {
            return UNREADABLE;
        }
    }

    private static final class JsonReader {

        private final String json;
        private int at;

        JsonReader(String json) {
            this.json = json;
        }

        boolean atEnd() {
            return at == json.length();
        }

        void skipSpaces() {
            while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
                at++;
            }
        }

        Object value() {
            skipSpaces();
            char c = json.charAt(at);
            switch (c) {
                case '{': return object();
                case '[': return array();
                case '"': return string();
                default:
                    if (json.startsWith("true", at)) { at += 4; return Boolean.TRUE; }
                    if (json.startsWith("false", at)) { at += 5; return Boolean.FALSE; }
                    if (json.startsWith("null", at)) { at += 4; return null; }
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            expect('{');
            skipSpaces();
            if (json.charAt(at) == '}') {
                at++;
                return map;
            }
            do {
                skipSpaces();
                String key = string();
                skipSpaces();
                expect(':');
                map.put(key, value());
                skipSpaces();
            } while (json.charAt(at++) == ',');
            if (json.charAt(at - 1) != '}') {
                throw new IllegalArgumentException("object");
            }
            return map;
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            expect('[');
            skipSpaces();
            if (json.charAt(at) == ']') {
                at++;
                return list;
            }
            do {
                list.add(value());
                skipSpaces();
            } while (json.charAt(at++) == ',');
            if (json.charAt(at - 1) != ']') {
                throw new IllegalArgumentException("array");
            }
            return list;
        }

        private String string() {
            expect('"');
            StringBuilder text = new StringBuilder();
            while (true) {
                char c = json.charAt(at++);
                if (c == '"') {
                    return text.toString();
                }
                if (c != '\\') {
                    text.append(c);
                    continue;
                }
                char escaped = json.charAt(at++);
                switch (escaped) {
                    case 'n' -> text.append('\n');
                    case 't' -> text.append('\t');
                    case 'r' -> text.append('\r');
                    case 'b' -> text.append('\b');
                    case 'f' -> text.append('\f');
                    case 'u' -> {
                        text.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> text.append(escaped);
                }
            }
        }

        private Object number() {
            int start = at;
            while (at < json.length() && "+-0123456789.eE".indexOf(json.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                throw new IllegalArgumentException("value");
            }
            return json.substring(start, at);
        }

        private void expect(char c) {
            if (json.charAt(at++) != c) {
                throw new IllegalArgumentException("expected " + c);
            }
        }
    }
}
