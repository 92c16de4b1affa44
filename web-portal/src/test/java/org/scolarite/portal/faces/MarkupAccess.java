package org.scolarite.portal.faces;

import java.util.function.Consumer;

/** For the tests of other packages: what a writer puts into a fresh {@link Markup}. */
public final class MarkupAccess {

    private MarkupAccess() {
    }

    public static String written(Consumer<Markup> writer) {
        Markup html = new Markup(256);
        writer.accept(html);
        return html.toString();
    }
}
