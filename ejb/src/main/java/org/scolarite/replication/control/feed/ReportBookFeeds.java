package org.scolarite.replication.control.feed;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The reasons and limits both report books' feeds share. */
final class ReportBookFeeds {

    private ReportBookFeeds() {
    }

    static String unknownPupil(String pupilId) {
        return "Élève inconnu : ELEVE_ID " + pupilId + " n'est pas un élève de l'établissement (export des élèves)";
    }

    /** « matières inconnues de la nomenclature : 999999 » when some codes are not in the nomenclature. */
    static Optional<String> unknownSubjects(Collection<String> codes, Set<String> known) {
        List<String> unknown = codes.stream().filter(code -> !known.contains(code)).distinct().toList();
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((unknown.size() == 1 ? "matière inconnue de la nomenclature : "
                : "matières inconnues de la nomenclature : ") + String.join(", ", unknown));
    }

    /** The columns' limits: a longer text is cut rather than the record lost. */
    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
