package org.scolarite.catalog.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * Names a service of the catalogue: a national one by its code (« GRADES »), an academic one by its id
 * (« academic-12 »). This is the key of its opening in the establishment's settings.
 */
public record ServiceKey(String value) {

    private static final String ACADEMIC_PREFIX = "academic-";

    public ServiceKey {
        Objects.requireNonNull(value);
        if (!value.startsWith(ACADEMIC_PREFIX)) {
            NationalService.valueOf(value);
        } else {
            Long.parseLong(value.substring(ACADEMIC_PREFIX.length()));
        }
    }

    public static ServiceKey of(NationalService service) {
        return new ServiceKey(service.name());
    }

    public static ServiceKey academic(long academicServiceId) {
        return new ServiceKey(ACADEMIC_PREFIX + academicServiceId);
    }

    public Optional<NationalService> national() {
        return value.startsWith(ACADEMIC_PREFIX) ? Optional.empty() : Optional.of(NationalService.valueOf(value));
    }

    public Optional<Long> academicId() {
        return value.startsWith(ACADEMIC_PREFIX)
                ? Optional.of(Long.parseLong(value.substring(ACADEMIC_PREFIX.length()))) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
