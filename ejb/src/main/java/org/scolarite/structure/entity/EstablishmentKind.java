package org.scolarite.structure.entity;

/** Collège (6e–3e) or lycée (2nde–Terminale): some services exist for only one kind (R-SVC-2). */
public enum EstablishmentKind {
    COLLEGE, LYCEE
}
