package org.scolarite.enrolment.boundary;

import java.time.LocalDate;
import java.util.List;
import org.scolarite.enrolment.entity.OptionKind;

/**
 * What the lycée sets for its enrolment campaign (R-INSC-1): message and deadline (null before the first save), and
 * per MEF the options and their combination rules; {@code mefs} are the MEFs a rule can be added for (those of its
 * pupils and of the pupils assigned to it, without a rule yet).
 */
public record LyceeSetup(String message, LocalDate deadline, List<MefRule> rules, List<MefChoice> mefs) {

    public record MefRule(long mefId, String mef, int minOptional, int maxOptional, List<Option> options,
                          List<Pair> incompatibilities) {
    }

    public record Option(String code, String label, OptionKind kind) {
    }

    public record Pair(String first, String second, String firstLabel, String secondLabel) {
    }

    public record MefChoice(long id, String label) {
    }
}
