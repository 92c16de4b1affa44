package org.scolarite.demo.control.siecle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.scolarite.demo.control.siecle.Subjects.Subject;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.TeachingGroup;

/**
 * The teaching staff of one establishment, which the demo entities lack, invented for {@code sts_emp}: each subject
 * has a teacher for every five divisions (or groups) it is taught to, and each division a professeur principal, the
 * teacher of one of its core subjects (a different subject from one division to the next, so that nobody is
 * professeur principal twice). Drawn from its own random source: the demo data's is not touched.
 */
final class Teachers {

    private static final int CLASSES_PER_TEACHER = 5;
    private static final List<String> FAMILY = List.of("Lemarchand", "Hamel", "Lecoq", "Marie", "Lebrun", "Jouan",
            "Duval", "Lecourt", "Aubert", "Leclerc", "Hue", "Poisson", "Gosselin", "Lerouge", "Vautier", "Levêque",
            "Desmoulins", "Barbé", "Morin", "Ozenne", "L'Hermitte", "Corbière", "Pelletier-Guérin", "Château");
    private static final List<String> WOMEN = List.of("Isabelle", "Françoise", "Sylvie", "Anne", "Cécile", "Muriel",
            "Hélène", "Delphine", "Élodie", "Maëlle");
    private static final List<String> MEN = List.of("Philippe", "François", "Jérôme", "Yannick", "Hervé", "Gaël",
            "Benoît", "Loïc", "Rémi", "Thibault");

    /** An {@code INDIVIDU} of type {@code epp} (teacher). */
    static final class Teacher {
        final String id;
        final boolean woman;
        final String lastName;
        final String firstName;
        final Subject subject;
        final List<String> mainTeacherOf = new ArrayList<>();

        Teacher(String id, boolean woman, String lastName, String firstName, Subject subject) {
            this.id = id;
            this.woman = woman;
            this.lastName = lastName;
            this.firstName = firstName;
            this.subject = subject;
        }
    }

    record Service(Subject subject, Teacher teacher) {
    }

    private final Random random;
    private final List<Teacher> all = new ArrayList<>();
    private final Map<Subject, List<Teacher>> bySubject = new HashMap<>();
    private final Map<Subject, Integer> classesBySubject = new HashMap<>();
    final Map<Division, List<Service>> divisionServices = new LinkedHashMap<>();
    final Map<TeachingGroup, List<Service>> groupServices = new LinkedHashMap<>();

    Teachers(EstablishmentData data, long seed) {
        this.random = new Random(seed * 31 + data.uai().hashCode());
        List<Subject> core = Subjects.core(data.establishment.getKind());
        int d = 0;
        for (Division division : data.divisions) {
            List<Service> services = new ArrayList<>();
            for (Subject subject : core) {
                services.add(new Service(subject, nextClass(subject)));
            }
            services.get(d % core.size()).teacher().mainTeacherOf.add(division.getCode());
            divisionServices.put(division, services);
            d++;
        }
        for (TeachingGroup group : data.groups) {
            Subject subject = Subjects.ofGroup(group);
            groupServices.put(group, List.of(new Service(subject, nextClass(subject))));
        }
    }

    List<Teacher> all() {
        return all;
    }

    /** The teacher of the subject's next class: a new one every five classes. */
    private Teacher nextClass(Subject subject) {
        int classes = classesBySubject.merge(subject, 1, Integer::sum) - 1;
        List<Teacher> teachers = bySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        if (classes / CLASSES_PER_TEACHER >= teachers.size()) {
            boolean woman = random.nextInt(100) < 60;
            Teacher teacher = new Teacher(String.valueOf(3001 + all.size()), woman, pick(FAMILY),
                    pick(woman ? WOMEN : MEN), subject);
            teachers.add(teacher);
            all.add(teacher);
        }
        return teachers.get(classes / CLASSES_PER_TEACHER);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
