package org.scolarite.settings.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextPolicyTest {

    private static final RichTextPolicy WELCOME = RichTextPolicy.WELCOME_MESSAGE;
    private static final RichTextPolicy LETTER = RichTextPolicy.LETTER;

    @Nested
    class Attacks {

        @Test
        @DisplayName("R-SET-1: script elements are removed with their content")
        void scriptElement() {
            assertThat(WELCOME.sanitize("<p>Bonjour</p><script>alert('x')</script>")).isEqualTo("<p>Bonjour</p>");
            assertThat(WELCOME.sanitize("<p>a<SCRIPT src=\"https://evil.example/x.js\"></SCRIPT>b</p>"))
                    .isEqualTo("<p>ab</p>");
        }

        @Test
        @DisplayName("R-SET-1: images, even with an onerror handler, are removed")
        void imageWithHandler() {
            assertThat(WELCOME.sanitize("<p>x<img src=\"x\" onerror=\"alert(1)\"></p>")).isEqualTo("<p>x</p>");
            assertThat(WELCOME.sanitize("<img src=\"javascript:alert(1)\">")).isEmpty();
        }

        @Test
        @DisplayName("R-SET-1: event handlers are removed from kept elements")
        void eventHandlers() {
            assertThat(WELCOME.sanitize("<p onclick=\"alert(1)\" onmouseover=\"alert(2)\">texte</p>"))
                    .isEqualTo("<p>texte</p>");
            assertThat(WELCOME.sanitize("<a href=\"https://example.fr\" onfocus=\"alert(1)\">lien</a>"))
                    .doesNotContain("onfocus").doesNotContain("alert");
        }

        @ParameterizedTest(name = "{0}")
        @DisplayName("R-SET-1: links to anything but http, https or mailto lose their address and become text")
        @ValueSource(strings = {
                "<a href=\"javascript:alert(1)\">lien</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">lien</a>",
                "<a href=\"JaVaScRiPt&#58;alert(1)\">lien</a>",
                "<a href=\"&#106;&#97;vascript:alert(1)\">lien</a>",
                "<a href=\"java&#x09;script:alert(1)\">lien</a>",
                "<a href=\" javascript:alert(1)\">lien</a>",
                "<a href=\"vbscript:msgbox(1)\">lien</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">lien</a>",
                "<a href=\"/relatif\">lien</a>",
                "<a href=\"//evil.example/\">lien</a>",
        })
        void dangerousLinks(String html) {
            assertThat(WELCOME.sanitize(html)).isEqualTo("lien");
            assertThat(LETTER.sanitize(html)).isEqualTo("lien");
        }

        @Test
        @DisplayName("R-SET-1: data: URLs are refused on images and links alike")
        void dataUrls() {
            assertThat(WELCOME.sanitize("<p><img src=\"data:image/png;base64,iVBORw0KGgo=\">x</p>"))
                    .isEqualTo("<p>x</p>");
        }

        @ParameterizedTest(name = "{0}")
        @DisplayName("R-SET-1: styles that hide text are removed")
        @ValueSource(strings = {
                "display:none", "visibility:hidden", "font-size:0", "position:absolute;left:-9999px", "opacity:0",
                "color:transparent", "color:rgba(0,0,0,0)", "color:#00000000", "height:0;overflow:hidden",
                "background-image:url(javascript:alert(1))", "color:expression(alert(1))",
        })
        void hidingStyles(String style) {
            assertThat(WELCOME.sanitize("<p style=\"" + style + "\">caché</p>")).isEqualTo("<p>caché</p>");
        }

        @Test
        @DisplayName("R-SET-1: style and iframe elements are removed")
        void styleAndIframe() {
            assertThat(WELCOME.sanitize("<style>p{display:none}</style><p>a</p>")).isEqualTo("<p>a</p>");
            assertThat(WELCOME.sanitize("<iframe src=\"https://evil.example\"></iframe><p>a</p>"))
                    .isEqualTo("<p>a</p>");
            assertThat(LETTER.sanitize("<object data=\"x.swf\"></object><embed src=\"x\"><form><input></form>"))
                    .isEmpty();
        }

        @Test
        @DisplayName("R-SET-1: only Quill's formatting classes are kept, not those that hide text")
        void foreignClasses() {
            assertThat(WELCOME.sanitize("<p class=\"ql-hidden\">a</p>")).isEqualTo("<p>a</p>");
            assertThat(WELCOME.sanitize("<p class=\"ql-clipboard evil ql-align-center\">a</p>"))
                    .isEqualTo("<p class=\"ql-align-center\">a</p>");
        }

        @Test
        @DisplayName("R-SET-1: a link's own target and rel are replaced by the safe ones")
        void linkTargetAndRel() {
            assertThat(WELCOME.sanitize("<a href=\"https://example.fr\" target=\"_self\" rel=\"opener\">x</a>"))
                    .isEqualTo("<a href=\"https://example.fr\" target=\"_blank\" "
                            + "rel=\"noopener noreferrer nofollow\">x</a>");
        }

        @Test
        @DisplayName("R-SET-1: the welcome message keeps no headings or tables, which belong to letters")
        void welcomeHasNoLetterElements() {
            assertThat(WELCOME.sanitize("<h1>T</h1><table><tr><td>c</td></tr></table>")).isEqualTo("Tc");
        }

        @Test
        @DisplayName("R-SET-1: sanitising twice changes nothing more")
        void idempotent() {
            String once = WELCOME.sanitize("<p style=\"color: rgb(230, 0, 0)\">a &amp; b<br>"
                    + "<a href=\"https://example.fr/?a=1&b=2\">l</a></p><script>x</script><ul><li>i</li></ul>");

            assertThat(WELCOME.sanitize(once)).isEqualTo(once);
        }

        @Test
        @DisplayName("R-SET-1: nothing in, nothing out")
        void nullAndEmpty() {
            assertThat(WELCOME.sanitize(null)).isEmpty();
            assertThat(WELCOME.sanitize("")).isEmpty();
        }
    }

    @Nested
    class KeptFormatting {

        @Test
        @DisplayName("R-SET-1: links to http, https and mailto addresses are kept and open in a new tab")
        void links() {
            assertThat(WELCOME.sanitize("<a href=\"https://www.education.gouv.fr\">site</a>"))
                    .isEqualTo("<a href=\"https://www.education.gouv.fr\" target=\"_blank\" "
                            + "rel=\"noopener noreferrer nofollow\">site</a>");
            assertThat(WELCOME.sanitize("<a href=\"http://example.fr\">x</a>")).contains("href=\"http://example.fr\"");
            assertThat(WELCOME.sanitize("<a href=\"mailto:ce.0140001a@ac-normandie.fr\">écrire</a>"))
                    .contains("href=\"mailto:ce.0140001a&#64;ac-normandie.fr\"").contains("target=\"_blank\"");
        }

        @Test
        @DisplayName("R-SET-1: bold, italic, underline, strike-through and line breaks are kept")
        void emphasis() {
            String html = "<p><strong>a</strong><b>b</b><em>c</em><i>d</i><u>e</u><s>f</s><br />g</p>";

            assertThat(WELCOME.sanitize(html)).isEqualTo(html);
        }

        @Test
        @DisplayName("R-SET-1: lists are kept, Quill 2 bullet lists included")
        void lists() {
            String html = "<ul><li>a</li></ul><ol><li data-list=\"bullet\">b</li><li data-list=\"ordered\">c</li></ol>";

            assertThat(WELCOME.sanitize(html)).isEqualTo(html);
            assertThat(WELCOME.sanitize("<ol><li data-list=\"x\" data-evil=\"1\">a</li></ol>"))
                    .isEqualTo("<ol><li>a</li></ol>");
        }

        @Test
        @DisplayName("R-SET-1: Quill's alignment, indentation, size and font classes are kept")
        void quillClasses() {
            String html = "<p class=\"ql-align-center\">a</p><p class=\"ql-indent-1 ql-align-right\">b</p>"
                    + "<p><span class=\"ql-size-large ql-font-serif\">c</span></p>";

            assertThat(WELCOME.sanitize(html)).isEqualTo(html);
        }

        @Test
        @DisplayName("R-SET-1: colours, background colours, alignment and emphasis styles are kept")
        void allowedStyles() {
            assertThat(WELCOME.sanitize("<span style=\"color: rgb(230, 0, 0);\">a</span>"))
                    .isEqualTo("<span style=\"color:rgb( 230 , 0 , 0 )\">a</span>");
            assertThat(WELCOME.sanitize("<span style=\"background-color: #ffff00; font-weight: bold\">a</span>"))
                    .isEqualTo("<span style=\"background-color:#ffff00;font-weight:bold\">a</span>");
            assertThat(WELCOME.sanitize("<p style=\"text-align: center; font-style: italic; "
                    + "text-decoration: underline; display: none\">a</p>"))
                    .isEqualTo("<p style=\"text-align:center;font-style:italic;text-decoration:underline\">a</p>");
        }

        @Test
        @DisplayName("R-SET-4: letters also keep headings and tables")
        void letterElements() {
            String html = "<h1>a</h1><h2>b</h2><h3>c</h3><table><thead><tr><th>d</th></tr></thead>"
                    + "<tbody><tr><td>e</td></tr></tbody></table>";

            assertThat(LETTER.sanitize(html)).isEqualTo(html);
        }

        @Test
        @DisplayName("R-SET-4: {{field}} tokens survive the letter policy untouched, wherever they stand in the text")
        void tokensSurvive() {
            String html = "<p>Identifiant\u00a0: <strong>{{identifiant}}</strong></p><p>{{mentionCnil}}{{urlAcces}}</p>"
                    + "<table><tbody><tr><td>{{nomEleve}}</td></tr></tbody></table>";

            assertThat(LETTER.sanitize(html)).isEqualTo(html);
        }

        @Test
        @DisplayName("R-SET-4: tokens are text only: markup hidden between the shield characters is still sanitised")
        void shieldCannotBeForged() {
            assertThat(LETTER.sanitize("\uE000<script>alert(1)</script>\uE001<p>{{inconnu}}</p>"))
                    .isEqualTo("<p>{{inconnu}}</p>");
            assertThat(LETTER.sanitize("<p>\uE000identifiant\uE001</p>")).isEqualTo("<p>identifiant</p>");
        }

        @Test
        @DisplayName("R-SET-1: the welcome message has no fields: braces stay inert")
        void welcomeMessageBreaksBraces() {
            assertThat(WELCOME.sanitize("<p>{{constructor}}</p>")).doesNotContain("{{");
        }
    }

    @Nested
    class Counting {

        @Test
        @DisplayName("R-SET-1: tags do not count, only the text the reader sees")
        void tagsDoNotCount() {
            assertThat(WELCOME.visibleLength("<p><strong>abc</strong> <a href=\"https://example.fr\">de</a></p>"))
                    .isEqualTo(6);
        }

        @Test
        @DisplayName("R-SET-1: an entity counts as the one character it shows")
        void entities() {
            assertThat(WELCOME.visibleLength("<p>a&amp;b&nbsp;&eacute;&lt;&#233;&#x1F600;</p>")).isEqualTo(8);
        }

        @Test
        @DisplayName("R-SET-1: an accent typed as a combining mark and an emoji count as one character each")
        void graphemes() {
            assertThat(WELCOME.visibleLength("<p>e\u0301</p>")).isEqualTo(1);
            assertThat(WELCOME.visibleLength("<p>é</p>")).isEqualTo(1);
            assertThat(WELCOME.visibleLength("<p>😀</p>")).isEqualTo(1);
            assertThat(WELCOME.visibleLength("<p>👨‍👩‍👧 🇫🇷</p>")).isEqualTo(3);
        }

        @Test
        @DisplayName("R-SET-1: line breaks between blocks and the source's layout whitespace do not count")
        void blocksAndWhitespace() {
            assertThat(WELCOME.visibleLength("<p>ab</p>\n<p>cd</p><p><br></p><ul>\n  <li>e</li>\n</ul>"))
                    .isEqualTo(5);
            assertThat(WELCOME.visibleText("<p>ab</p>\n<p>cd<br>e</p>")).isEqualTo("ab\ncd\ne");
            assertThat(WELCOME.visibleLength("<p>  a \n  b  </p>")).isEqualTo(3);
            assertThat(WELCOME.visibleLength("<p>a&nbsp;&nbsp;b</p>")).isEqualTo(4);
        }

        @Test
        @DisplayName("R-SET-1: removed content (scripts, style sheets) does not count")
        void removedContentDoesNotCount() {
            assertThat(WELCOME.visibleLength("<p>ab</p><script>alert(1)</script><style>p{}</style>")).isEqualTo(2);
        }

        @Test
        @DisplayName("R-SET-1: nothing, blank or empty paragraphs count zero")
        void empty() {
            assertThat(WELCOME.visibleLength(null)).isZero();
            assertThat(WELCOME.visibleLength("   ")).isZero();
            assertThat(WELCOME.visibleLength("<p><br></p>")).isZero();
            assertThat(WELCOME.visibleText(null)).isEmpty();
        }

        @Test
        @DisplayName("R-SET-1: exactly 2000 visible characters fit, 2001 do not, whatever the markup around them")
        void limit() {
            String fits = "<p><strong>" + "é".repeat(1000) + "</strong></p><p>" + "a&amp;".repeat(500) + "</p>";
            String tooLong = fits + "<p>😀</p>";

            assertThat(RichTextPolicy.WELCOME_MESSAGE_MAX).isEqualTo(2000);
            assertThat(WELCOME.visibleLength(fits)).isEqualTo(RichTextPolicy.WELCOME_MESSAGE_MAX);
            assertThat(WELCOME.visibleLength(tooLong)).isEqualTo(RichTextPolicy.WELCOME_MESSAGE_MAX + 1);
        }
    }
}
