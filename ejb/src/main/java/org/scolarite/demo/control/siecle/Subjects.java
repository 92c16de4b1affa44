package org.scolarite.demo.control.siecle;

import java.util.List;
import java.util.Locale;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.TeachingGroup;

/**
 * The subjects (6-digit {@code CODE_MATIERE}) the demo entities do not have: invented once, fixed, for the
 * nomenclature, the pupils' options and the teachers' services. Each has the STS-web discipline its teachers hold.
 */
final class Subjects {

    record Subject(String code, String management, String shortLabel, String longLabel, String edition,
                   String discipline, String hours) {
    }

    static final Subject FRANCAIS = new Subject("020700", "FRANC", "FRANCAIS", "FRANCAIS", "Français", "L0202", "4.50");
    static final Subject MATHS = new Subject("061300", "MATHS", "MATHEMATIQUES", "MATHEMATIQUES", "Mathématiques",
            "L1300", "4.00");
    static final Subject HISTOIRE = new Subject("040300", "HIGEO", "HIST.-GEOGRAPHIE", "HISTOIRE-GEOGRAPHIE",
            "Histoire-géographie", "L1000", "3.00");
    static final Subject ANGLAIS = new Subject("030201", "AGL1", "ANGLAIS LV1", "ANGLAIS LV1", "Anglais LV1",
            "L0422", "3.00");
    static final Subject SVT = new Subject("062900", "SVT", "S.V.T.", "SCIENCES DE LA VIE ET DE LA TERRE",
            "Sciences de la vie et de la Terre", "L1700", "1.50");
    static final Subject PHYSIQUE = new Subject("061800", "PH-CH", "PHYSIQUE-CHIMIE", "PHYSIQUE-CHIMIE",
            "Physique-chimie", "L1500", "1.50");
    static final Subject EPS = new Subject("100100", "EPS", "ED.PHYSIQUE & SPORT.", "EDUCATION PHYSIQUE ET SPORTIVE",
            "Éducation physique et sportive", "L1900", "3.00");
    static final Subject SCIENTIFIQUE = new Subject("063300", "ENSSC", "ENS. SCIENTIFIQUE", "ENSEIGNEMENT SCIENTIFIQUE",
            "Enseignement scientifique", "L1500", "2.00");
    static final Subject ESPAGNOL = new Subject("030602", "ESP2", "ESPAGNOL LV2", "ESPAGNOL LV2", "Espagnol LV2",
            "L0426", "2.50");
    static final Subject ALLEMAND = new Subject("030402", "ALL2", "ALLEMAND LV2", "ALLEMAND LV2", "Allemand LV2",
            "L0421", "2.50");
    static final Subject LATIN = new Subject("020200", "LCALA", "LCA LATIN", "LANGUES ET CULTURES DE L'ANTIQUITE LATIN",
            "Latin", "L0201", "2.00");
    static final Subject CHORALE = new Subject("087000", "CHORA", "CHANT CHORAL", "CHANT CHORAL", "Chant choral",
            "L1800", "1.00");
    static final Subject SES = new Subject("076700", "SES", "SC. ECONO.& SOCIALES", "SCIENCES ECONOMIQUES ET SOCIALES",
            "Sciences économiques et sociales", "L8011", "4.00");
    static final Subject HGGSP = new Subject("043900", "HGGSP", "HIST.GEO.GEOPOL.S.P.",
            "HISTOIRE-GEOGRAPHIE, GEOPOLITIQUE ET SCIENCES POLITIQUES", "Histoire-géographie, géopolitique et "
            + "sciences politiques", "L1000", "4.00");

    /** Every subject of the nomenclature, in code order. */
    static final List<Subject> ALL = List.of(FRANCAIS, LATIN, ANGLAIS, ALLEMAND, ESPAGNOL, HISTOIRE, HGGSP, MATHS,
            PHYSIQUE, SVT, SCIENTIFIQUE, SES, CHORALE, EPS).stream()
            .sorted(java.util.Comparator.comparing(Subject::code)).toList();

    /** The common core of a level, taught to every division; at least five, so professeurs principaux differ. */
    static List<Subject> core(EstablishmentKind kind) {
        return kind == EstablishmentKind.COLLEGE
                ? List.of(FRANCAIS, MATHS, HISTOIRE, ANGLAIS, SVT, PHYSIQUE, EPS)
                : List.of(FRANCAIS, HISTOIRE, ANGLAIS, SCIENTIFIQUE, EPS, MATHS);
    }

    /** The subject of a teaching group, from its label (« LV2 ESPAGNOL 5 », « SPE MATHS 1G »…). */
    static Subject ofGroup(TeachingGroup group) {
        String label = group.getLabel().toUpperCase(Locale.ROOT);
        if (label.contains("ESPAGNOL")) {
            return ESPAGNOL;
        } else if (label.contains("ALLEMAND")) {
            return ALLEMAND;
        } else if (label.contains("LATIN")) {
            return LATIN;
        } else if (label.contains("CHORALE")) {
            return CHORALE;
        } else if (label.contains("MATHS")) {
            return MATHS;
        } else if (label.contains("PHYSIQUE")) {
            return PHYSIQUE;
        } else if (label.contains("SES")) {
            return SES;
        }
        return HGGSP;
    }

    /** A modern language group is a compulsory choice ({@code O}), the others optional ({@code F}). */
    static String modality(Subject subject) {
        return subject == ESPAGNOL || subject == ALLEMAND || subject == SES || subject == HGGSP
                || subject == MATHS || subject == PHYSIQUE ? "O" : "F";
    }

    private Subjects() {
    }
}
