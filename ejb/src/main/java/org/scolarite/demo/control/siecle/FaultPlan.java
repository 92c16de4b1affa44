package org.scolarite.demo.control.siecle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.Student;

/**
 * Where each fault asked for one establishment lands, fixed before its files are written, and the record of where it
 * was written. A pupil-level fault takes the pupil at its slot (see {@link ExportFault}); the third level-1 guardian
 * goes to the first pupil from its slot on who has exactly two legal guardians and no other fault. A fault whose slot
 * is beyond the establishment's pupils is not written (nor recorded).
 */
final class FaultPlan {

    private final String uai;
    private final Set<ExportFault> asked;
    private final Map<ExportFault, Student> pupils = new EnumMap<>(ExportFault.class);
    private final Map<Student, ExportFault> faultOf = new IdentityHashMap<>();
    /** Persons written only for pupils left out of the files, left out too. */
    private final Set<Guardian> absentPersons = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<AppliedFault> applied = new ArrayList<>();

    FaultPlan(EstablishmentData data, Set<ExportFault> asked) {
        this.uai = data.uai();
        this.asked = asked;
        List<Student> students = data.students;
        for (ExportFault fault : asked) {
            if (fault.onPupil() && fault != ExportFault.THREE_LEGAL_GUARDIANS && fault.slot() < students.size()) {
                pupils.put(fault, students.get(fault.slot()));
            }
        }
        if (asked.contains(ExportFault.THREE_LEGAL_GUARDIANS)) {
            Set<Integer> taken = new HashSet<>();
            asked.stream().filter(f -> f.onPupil() && f != ExportFault.THREE_LEGAL_GUARDIANS)
                    .forEach(f -> taken.add(f.slot()));
            for (int i = ExportFault.THREE_LEGAL_GUARDIANS.slot(); i < students.size(); i++) {
                Student candidate = students.get(i);
                long legal = data.links.get(candidate).stream().filter(l -> l.getLegalRank().isLegal()).count();
                if (legal == 2 && !taken.contains(i)) {
                    pupils.put(ExportFault.THREE_LEGAL_GUARDIANS, candidate);
                    break;
                }
            }
        }
        pupils.forEach((fault, pupil) -> faultOf.put(pupil, fault));
        Student absent = pupils.get(ExportFault.ABSENT_PUPIL);
        if (absent != null) {
            for (GuardianLink link : data.links.get(absent)) {
                Guardian person = link.getGuardian();
                boolean onlyHis = data.links.entrySet().stream().filter(e -> e.getKey() != absent)
                        .noneMatch(e -> e.getValue().stream().anyMatch(l -> l.getGuardian() == person));
                if (onlyHis) {
                    absentPersons.add(person);
                }
            }
        }
    }

    boolean has(ExportFault fault) {
        return asked.contains(fault);
    }

    /** The fault on this pupil, or null. */
    ExportFault on(Student pupil) {
        return faultOf.get(pupil);
    }

    boolean is(ExportFault fault, Student pupil) {
        return pupils.get(fault) == pupil && pupil != null;
    }

    Student pupil(ExportFault fault) {
        return pupils.get(fault);
    }

    boolean leftOut(Student pupil) {
        return is(ExportFault.ABSENT_PUPIL, pupil);
    }

    boolean leftOut(Guardian person) {
        return absentPersons.contains(person);
    }

    /** The person who is written twice: the first person in charge of the pupil at the fault's slot. */
    Guardian duplicatedPerson(EstablishmentData data) {
        Student pupil = pupils.get(ExportFault.DUPLICATE_PERSON_ID);
        return pupil == null || data.links.get(pupil).isEmpty() ? null
                : data.links.get(pupil).get(0).getGuardian();
    }

    void applied(ExportFault fault, String file, String key, int line) {
        applied.add(new AppliedFault(fault, uai, file, key, line));
    }

    List<AppliedFault> applied() {
        return applied;
    }
}
