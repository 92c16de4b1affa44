package org.scolarite.replication.control.siecle;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SourceItem;

/** The hand-written real-format exports under {@code src/test/resources/siecle}, and reading them whole. */
final class Samples {

    static final String UAI = "0140070A";

    private Samples() {
    }

    static Path path(String name) {
        try {
            return Path.of(Samples.class.getResource("/siecle/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<SourceItem> readAll(String name) {
        return readAll(path(name), UAI);
    }

    static List<SourceItem> readAll(Path file, String uai) {
        try (SourceReader reader = SiecleExports.open(file, uai)) {
            List<SourceItem> items = new ArrayList<>();
            for (SourceItem item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
            }
            return items;
        }
    }

    static <T> List<T> only(List<SourceItem> items, Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static List<Rejection> rejected(List<SourceItem> items) {
        return only(items, Rejection.class).stream().filter(rejection -> !rejection.recordKept()).toList();
    }

    static List<Rejection> anomalies(List<SourceItem> items) {
        return only(items, Rejection.class).stream().filter(Rejection::recordKept).toList();
    }
}
