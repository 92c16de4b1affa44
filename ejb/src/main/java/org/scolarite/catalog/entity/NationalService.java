package org.scolarite.catalog.entity;

import java.util.Optional;
import org.scolarite.structure.entity.EstablishmentKind;

/**
 * The ministry's services (R-SVC-2). Each knows for whom it is, which SIECLE module it needs, whether it is
 * mandatory nationally, whether it starts open, and where it is offered at all.
 */
public enum NationalService {
    SCHOOL_LIFE(Audience.BOTH, PrerequisiteModule.SCHOOL_LIFE, false, true),
    GRADES(Audience.BOTH, PrerequisiteModule.GRADES, false, true),
    /** Livret scolaire du lycée: mandatory, for lycées. */
    LSL(Audience.BOTH, null, true, true),
    /** Livret scolaire du CP à la 3e: out of experimentation, open for every collège. */
    LSU(Audience.BOTH, null, false, true),
    /** Fiche de renseignements: mandatory since version 18.1, cannot be closed. */
    INFO_SHEET(Audience.GUARDIAN, null, true, true),
    /** Paiement en ligne des factures: closed by default, the school opens it. */
    PAYMENT(Audience.GUARDIAN, null, false, false),
    COLLEGE_GRANT(Audience.GUARDIAN, null, false, true),
    /** Bourse de lycée: mandatory where the school is in the lycée-grant perimeter, absent elsewhere. */
    LYCEE_GRANT(Audience.GUARDIAN, null, false, true),
    /** Inscription en ligne (entry into lycée). */
    ENROLMENT(Audience.GUARDIAN, null, false, true),
    /** Emploi du temps: only for schools in the timetable perimeter that use it. */
    TIMETABLE(Audience.BOTH, null, false, true),
    /** Folios: an optional link for pupils, shown only once the school opens it. */
    FOLIOS(Audience.STUDENT, null, false, false);

    private final Audience audience;
    private final PrerequisiteModule prerequisite;
    private final boolean mandatoryNationally;
    private final boolean openByDefault;

    NationalService(Audience audience, PrerequisiteModule prerequisite, boolean mandatoryNationally,
                    boolean openByDefault) {
        this.audience = audience;
        this.prerequisite = prerequisite;
        this.mandatoryNationally = mandatoryNationally;
        this.openByDefault = openByDefault;
    }

    public Audience audience() {
        return audience;
    }

    public Optional<PrerequisiteModule> prerequisite() {
        return Optional.ofNullable(prerequisite);
    }

    public boolean openByDefault() {
        return openByDefault;
    }

    /** Mandatory in every school that is offered it, whatever the académie decides (LSL, Fiche de renseignements). */
    public boolean isMandatoryNationally() {
        return mandatoryNationally;
    }

    /** Whether the service appears at all for this establishment (the others are not even listed). */
    public boolean isOfferedTo(EstablishmentProfile profile) {
        return switch (this) {
            case LSL -> profile.kind() == EstablishmentKind.LYCEE;
            case LSU, COLLEGE_GRANT -> profile.kind() == EstablishmentKind.COLLEGE;
            case LYCEE_GRANT -> profile.lyceeGrantPerimeter();
            case TIMETABLE -> profile.timetablePerimeter();
            default -> true;
        };
    }

    /** Mandatory for this establishment: nationally, by perimeter (lycée grant) or by the académie's decision. */
    public boolean isMandatoryFor(EstablishmentProfile profile, boolean mandatoryInAcademy) {
        return mandatoryNationally || mandatoryInAcademy || (this == LYCEE_GRANT && profile.lyceeGrantPerimeter());
    }
}
