package org.scolarite.statistics.entity;

/**
 * One line of the « Synthèse comptes élèves » (R-STAT-1): enrolled pupils, and how many of them have an account not
 * notified (no live account counts so: R-ACC-6, a deleted account shows as Non notifié), notified, used. Pupils never
 * go through « En cours d'activation » (R-ACC-10), so the three states partition the pupils.
 */
public record StudentFigures(long students, long notNotified, long notified, long used)
        implements Summable<StudentFigures> {

    public static final StudentFigures NONE = new StudentFigures(0, 0, 0, 0);

    public StudentFigures {
        if (notNotified + notified + used != students) {
            throw new IllegalArgumentException("each pupil is in exactly one state: " + students + " ≠ "
                    + notNotified + " + " + notified + " + " + used);
        }
    }

    /** « % d'élèves avec comptes utilisés » = utilisés / élèves * 100. */
    public Ratio usedShare() {
        return new Ratio(used, students);
    }

    @Override
    public StudentFigures plus(StudentFigures other) {
        return new StudentFigures(students + other.students, notNotified + other.notNotified,
                notified + other.notified, used + other.used);
    }
}
