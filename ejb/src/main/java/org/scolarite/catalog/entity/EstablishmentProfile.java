package org.scolarite.catalog.entity;

import java.util.Objects;
import org.scolarite.structure.entity.EstablishmentKind;

/**
 * What the school administration system says about an establishment and which decides the services it is
 * offered (R-SVC-2, R-SVC-3): its kind, the SIECLE modules it uses and the national perimeters it belongs to.
 */
public record EstablishmentProfile(EstablishmentKind kind, boolean usesGradesModule, boolean usesSchoolLifeModule,
                                   boolean timetablePerimeter, boolean lyceeGrantPerimeter) {

    public EstablishmentProfile {
        Objects.requireNonNull(kind);
    }

    public boolean uses(PrerequisiteModule module) {
        return switch (module) {
            case GRADES -> usesGradesModule;
            case SCHOOL_LIFE -> usesSchoolLifeModule;
        };
    }
}
