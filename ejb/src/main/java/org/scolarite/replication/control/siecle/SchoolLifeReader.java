package org.scolarite.replication.control.siecle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.SchoolLifeRecord;
import org.scolarite.schoollife.entity.SchoolLifeKind;

/**
 * {@code VieScolaire.xml} (root {@code TS_VIE_SCOLAIRE}, docs/feeds/vie-scolaire.md): {@code ABSENCES/ABSENCE},
 * {@code RETARDS/RETARD}, {@code PUNITIONS/PUNITION}, {@code SANCTIONS/SANCTION} and {@code MESURES/MESURE} in file
 * order, in one pass. Any other section — authorised non-attendance ({@code DISPENSES}, {@code STAGES},
 * {@code SORTIES}), academic reports ({@code RAPPORTS}) — is skipped unread: R-VS-1 never shows them, so they are not
 * even stored. A record without its ids or its date, or with an unreadable one, is rejected with every reason; a
 * publication flag that is absent is « non » (nothing is published by default), an unreadable one is « non » too and
 * reported as an anomaly.
 */
final class SchoolLifeReader extends ExportReader {

    /** Record element → (its section, its kind, its id attribute). */
    private record Shape(String section, SchoolLifeKind kind, String idAttribute) {
    }

    private static final Map<String, Shape> SHAPES = Map.of(
            "ABSENCE", new Shape("ABSENCES", SchoolLifeKind.ABSENCE, "ABSENCE_ID"),
            "RETARD", new Shape("RETARDS", SchoolLifeKind.LATENESS, "RETARD_ID"),
            "PUNITION", new Shape("PUNITIONS", SchoolLifeKind.PUNISHMENT, "PUNITION_ID"),
            "SANCTION", new Shape("SANCTIONS", SchoolLifeKind.SANCTION, "SANCTION_ID"),
            "MESURE", new Shape("MESURES", SchoolLifeKind.MEASURE, "MESURE_ID"));
    private static final Set<String> SECTIONS = Set.of("ABSENCES", "RETARDS", "PUNITIONS", "SANCTIONS", "MESURES");
    /** The stored key holds a 4-character prefix in 20 characters. */
    private static final int MAX_ID = 16;

    private final Set<String> ids = new HashSet<>();

    SchoolLifeReader(Path file, ExportHeader header, XmlCursor cursor) {
        super(file, header, cursor);
    }

    @Override
    protected boolean produce() {
        XmlCursor cursor = cursor();
        while (cursor.nextStart()) {
            Shape shape = SHAPES.get(cursor.name());
            if (shape != null && shape.section().equals(cursor.parent())) {
                event(shape, cursor.readNode());
                return true;
            }
            if (cursor.depth() == 2 && !SECTIONS.contains(cursor.name())) {
                cursor.skip();
            }
        }
        return false;
    }

    private void event(Shape shape, XmlNode node) {
        RecordCheck check = new RecordCheck(node);
        String id = check.required(node.attribute(shape.idAttribute()), shape.idAttribute());
        String pupil = check.required(node.attribute("ELEVE_ID"), "ELEVE_ID");
        if (id != null && id.length() > MAX_ID) {
            check.reject(shape.idAttribute() + " trop long (" + MAX_ID + " caractères au plus) : « " + id + " »");
        } else if (id != null && !ids.add(shape.kind().sourceId(id))) {
            check.reject(shape.idAttribute() + " " + id + " en double dans le fichier : seule la première fiche est reprise");
        }
        LocalDateTime startsAt = null;
        LocalDateTime endsAt = null;
        LocalDate date;
        Integer halfDays = null;
        Integer minutes = null;
        Boolean publishable = null;
        Boolean familyNotified = null;
        String label = null;
        String reason = node.text("MOTIF");
        switch (shape.kind()) {
            case ABSENCE -> {
                startsAt = dateTime(check, node, "DEBUT");
                endsAt = dateTime(check, node, "FIN");
                if (startsAt != null && endsAt != null && endsAt.isBefore(startsAt)) {
                    check.reject("FIN avant DEBUT");
                }
                halfDays = count(check, node, "NB_DEMI_JOURNEES", 0, 400);
                publishable = flag(check, "PUBLIABLE_EN_LIGNE");
                date = startsAt == null ? null : startsAt.toLocalDate();
            }
            case LATENESS -> {
                startsAt = dateTime(check, node, "DATE_HEURE");
                minutes = count(check, node, "DUREE_MINUTES", 0, 600);
                publishable = flag(check, "PUBLIABLE_EN_LIGNE");
                date = startsAt == null ? null : startsAt.toLocalDate();
            }
            case PUNISHMENT, SANCTION, MEASURE -> {
                date = check.requiredDate("DATE");
                label = check.required("NATURE");
                if (shape.kind() == SchoolLifeKind.PUNISHMENT) {
                    publishable = flag(check, "PUBLIABLE_EN_LIGNE");
                } else if (shape.kind() == SchoolLifeKind.SANCTION) {
                    familyNotified = flag(check, "FAMILLE_AVISEE");
                } else {
                    reason = node.text("DESCRIPTION");
                }
            }
            default -> throw new IllegalStateException(shape.kind().name());
        }
        Boolean justified = shape.kind() == SchoolLifeKind.ABSENCE || shape.kind() == SchoolLifeKind.LATENESS
                ? flag(check, shape.kind() == SchoolLifeKind.ABSENCE ? "JUSTIFIEE" : "JUSTIFIE") : null;
        var location = location(node, id == null ? null : shape.idAttribute() + "=" + id
                + (pupil == null ? "" : " ELEVE_ID=" + pupil));
        check.emit(items, location, check.rejected() ? null : new SchoolLifeRecord(location, shape.kind(), id, pupil,
                date, startsAt, endsAt, halfDays, minutes, justified, truncate(label, 120), truncate(reason, 500),
                publishable, familyNotified));
    }

    /** An absent flag is « non »; an unreadable one too, reported (RecordCheck) as an anomaly. */
    private static Boolean flag(RecordCheck check, String child) {
        return Boolean.TRUE.equals(check.optionalBoolean(child));
    }

    /** {@code jj/mm/aaaa hh:mm}, mandatory. */
    private static LocalDateTime dateTime(RecordCheck check, XmlNode node, String child) {
        String text = check.required(node.text(child), child);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 16 && text.charAt(10) == ' ' && text.charAt(13) == ':') {
                LocalDate day = RecordCheck.parseDate(text.substring(0, 10));
                return day.atTime(LocalTime.of(Integer.parseInt(text.substring(11, 13)),
                        Integer.parseInt(text.substring(14, 16))));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            // reported below
        }
        check.reject(child + " n'est pas une date et heure jj/mm/aaaa hh:mm : « " + text + " »");
        return null;
    }

    private static Integer count(RecordCheck check, XmlNode node, String child, int min, int max) {
        String text = check.required(node.text(child), child);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        check.reject(child + " n'est pas un nombre entre " + min + " et " + max + " : « " + text + " »");
        return null;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
