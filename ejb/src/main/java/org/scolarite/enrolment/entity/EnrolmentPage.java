package org.scolarite.enrolment.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * What the family's enrolment page shows (R-INSC-1): the assignment (lycée, track), the lycée's message and deadline,
 * whether the service is still open today, the enrolment as it stands (status null: not started), the options the
 * MEF offers with its rules, and the administrative data (saved, or proposed from the school's file).
 */
public record EnrolmentPage(long studentId, String pupil, String lycee, List<String> lyceeAddress, String track,
                            String message, LocalDate deadline, boolean open, EnrolmentStatus status,
                            Set<String> choices, List<Option> lvb, List<Option> lvc, List<Option> optional,
                            int minOptional, int maxOptional, List<String> incompatibilities,
                            AdministrativeData data, List<String> address, LocalDateTime confirmedAt, Long reference)
        implements java.io.Serializable {

    /** One option as the form offers it. */
    public record Option(String code, String label) implements java.io.Serializable {
    }

    public boolean isStarted() {
        return status != null;
    }

    public boolean isDeclined() {
        return status == EnrolmentStatus.DECLINED;
    }

    public boolean isConfirmed() {
        return status == EnrolmentStatus.CONFIRMED;
    }

    /** The labels of the chosen options, LVB first, then LVC, then the optional teachings. */
    public List<String> chosenLabels() {
        return java.util.stream.Stream.of(lvb, lvc, optional).flatMap(List::stream)
                .filter(o -> choices.contains(o.code())).map(Option::label).toList();
    }
}
