package org.scolarite.statistics.entity;

/**
 * One line of the « Synthèse comptes responsables » (R-STAT-2), with the definitions of the guide (§ 6.2):
 * <ul>
 * <li>{@code guardians}: persons who are légal 1 or 2 of a pupil of the line and did not refuse access for him
 * (R-ACC-9: refused, he has no account to count);</li>
 * <li>{@code notNotified}, {@code notifiedOrActivating}, {@code used}: the same persons by the most advanced state of
 * their accounts opening those pupils (a person with no live account counts as not notified), so the three add up to
 * {@code guardians};</li>
 * <li>{@code notifiedThisYear}: among the notified or activating ones, those notified between the rentrée and the end
 * of the current school year;</li>
 * <li>{@code students} and {@code studentsWithUsedGuardian}: the pupils of the line, and those with at least one légal
 * guardian whose account is used.</li>
 * </ul>
 */
public record GuardianFigures(long guardians, long notNotified, long notifiedOrActivating, long notifiedThisYear,
                              long used, long students, long studentsWithUsedGuardian)
        implements Summable<GuardianFigures> {

    public static final GuardianFigures NONE = new GuardianFigures(0, 0, 0, 0, 0, 0, 0);

    public GuardianFigures {
        if (notNotified + notifiedOrActivating + used != guardians) {
            throw new IllegalArgumentException("each guardian is in exactly one state");
        }
        if (notifiedThisYear > notifiedOrActivating || studentsWithUsedGuardian > students) {
            throw new IllegalArgumentException("a part exceeds its whole");
        }
    }

    /** « % de comptes resp. avec un compte utilisé » = utilisés / responsables * 100. */
    public Ratio usedShare() {
        return new Ratio(used, guardians);
    }

    /** « % élèves ayant au moins un resp. avec un compte utilisé » = ces élèves / élèves * 100. */
    public Ratio studentsShare() {
        return new Ratio(studentsWithUsedGuardian, students);
    }

    /**
     * The « Somme » of two lines. Pupils add up exactly (a pupil is in one division); a guardian of pupils in two
     * divisions counts in each line, hence twice in a sum, as the guides' « Somme » rows add the lines. The
     * establishment's own line counts him once (it is computed, not summed).
     */
    @Override
    public GuardianFigures plus(GuardianFigures o) {
        return new GuardianFigures(guardians + o.guardians, notNotified + o.notNotified,
                notifiedOrActivating + o.notifiedOrActivating, notifiedThisYear + o.notifiedThisYear, used + o.used,
                students + o.students, studentsWithUsedGuardian + o.studentsWithUsedGuardian);
    }
}
