package org.scolarite.reportbook.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The eight components of the « socle commun de connaissances, de compétences et de culture » assessed at the end of
 * each cycle (R-LSU-1), with the codes of the LSU's national import format, in the order of the book.
 */
public enum SocleComponent {
    CPD_FRA("Comprendre, s’exprimer en utilisant la langue française à l’oral et à l’écrit"),
    CPD_ETR("Comprendre, s’exprimer en utilisant une langue étrangère et, le cas échéant, une langue régionale"),
    CPD_SCI("Comprendre, s’exprimer en utilisant les langages mathématiques, scientifiques et informatiques"),
    CPD_ART("Comprendre, s’exprimer en utilisant les langages des arts et du corps"),
    MET_APP("Les méthodes et outils pour apprendre"),
    FRM_CIT("La formation de la personne et du citoyen"),
    SYS_NAT("Les systèmes naturels et les systèmes techniques"),
    REP_MND("Les représentations du monde et l’activité humaine");

    private final String label;

    SocleComponent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<SocleComponent> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
