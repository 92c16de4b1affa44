package org.scolarite.demo.control.siecle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.PostalAddress;
import org.scolarite.structure.entity.SchoolPeriod;
import org.scolarite.structure.entity.TeachingGroup;

/**
 * What the generator handed over for one establishment, in the order it did (which is the order of the files):
 * the only data an {@link ExportSink} holds, dropped once the establishment's files are written.
 */
final class EstablishmentData {

    final Establishment establishment;
    final List<Division> divisions = new ArrayList<>();
    final List<TeachingGroup> groups = new ArrayList<>();
    /** The divisions' grading periods, for the grades feed. */
    final List<SchoolPeriod> periods = new ArrayList<>();
    final List<Student> students = new ArrayList<>();
    final List<Guardian> guardians = new ArrayList<>();
    /** Each pupil's persons in charge; the entities keep identity equality, so a pupil is his own key. */
    final Map<Student, List<GuardianLink>> links = new LinkedHashMap<>();
    /** {@code ADRESSE_ID} of each distinct address: a household's members share one, as in SIECLE. */
    final Map<PostalAddress, String> addressIds = new LinkedHashMap<>();

    EstablishmentData(Establishment establishment) {
        this.establishment = establishment;
    }

    String uai() {
        return establishment.getUai().value();
    }

    void add(Object entity) {
        if (entity instanceof Division division) {
            divisions.add(division);
        } else if (entity instanceof TeachingGroup group) {
            groups.add(group);
        } else if (entity instanceof SchoolPeriod period) {
            periods.add(period);
        } else if (entity instanceof Guardian guardian) {
            guardians.add(guardian);
            register(guardian.getAddress());
        } else if (entity instanceof Student student) {
            students.add(student);
            links.put(student, new ArrayList<>());
            register(student.getAddress());
        } else if (entity instanceof GuardianLink link) {
            links.get(link.getStudent()).add(link);
        }
    }

    /** Entities held, for the memory bound's test. */
    int size() {
        return divisions.size() + groups.size() + students.size() + guardians.size()
                + links.values().stream().mapToInt(List::size).sum();
    }

    String addressId(PostalAddress address) {
        return address == null ? null : addressIds.get(address);
    }

    private void register(PostalAddress address) {
        if (address != null) {
            addressIds.putIfAbsent(address, String.valueOf(700001 + addressIds.size()));
        }
    }
}
