package org.scolarite.portal.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    @DisplayName("Texts and attribute values from the school's data are escaped: a label cannot become markup")
    void escapesTextsAndAttributes() {
        Markup html = new Markup(64);
        html.start("a").attribute("href", "/notes.xhtml?periode=tout&matiere=\"x\" onclick=\"alert(1)")
                .text("Contrôle <b>1</b> & « bilan »").end("a");

        assertThat(html.toString()).isEqualTo("<a href=\"/notes.xhtml?periode=tout&amp;matiere=&#34;x&#34; "
                + "onclick=&#34;alert(1)\">Contrôle &lt;b&gt;1&lt;/b&gt; &amp; « bilan »</a>");
    }

    @Test
    @DisplayName("A null attribute is left out, a null text writes nothing, and start tags close before what follows")
    void nullsAndNesting() {
        Markup html = new Markup(64);
        html.start("li").attribute("class", null).element("span", "team-teacher", "Mme L. Hamel")
                .element("span", null, null).end("li");

        assertThat(html.toString()).isEqualTo("<li><span class=\"team-teacher\">Mme L. Hamel</span><span></span></li>");
    }

    @Test
    @DisplayName("An attribute outside a start tag is a programming error, not silently misplaced markup")
    void attributeOutsideAStartTag() {
        Markup html = new Markup(16);
        html.start("td").text("14,5");

        assertThatThrownBy(() -> html.attribute("class", "num")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("A fragment is written once, escaped like the rest, and appended as is; a writer gets it all")
    void fragments() throws Exception {
        Markup.Fragment cell = Markup.fragment(html -> html.start("td").attribute("class", "num")
                .attribute("data-label", "Moy. \"<classe>\""));
        Markup html = new Markup(4);
        html.start("tr").append(cell).text("12,5").end("td").append(cell).text("—").end("td").end("tr");
        StringWriter out = new StringWriter();
        html.writeTo(out);

        // in a quoted attribute the encoder leaves « > » as it is, which HTML allows
        String td = "<td class=\"num\" data-label=\"Moy. &#34;&lt;classe>&#34;\">";
        assertThat(out.toString()).isEqualTo("<tr>" + td + "12,5</td>" + td + "—</td></tr>")
                .isEqualTo(html.toString());
    }
}
