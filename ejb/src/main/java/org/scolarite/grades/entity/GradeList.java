package org.scolarite.grades.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the grades page shows for a range of dates (R-NOTES-1, R-NOTES-3): only the grades visible today under the
 * setting in effect, each with class figures computed over the visible grades of every couple graded in the
 * assessment; the subject tiles (every subject with visible grades in the range, fresh when one is new since the
 * previous sign-in); and the lines of the chosen subject, or of all, most recent first within each subject.
 */
public record GradeList(List<VisibleGrade> grades, List<SubjectTile> tiles) {

    private static final Comparator<VisibleGrade> ORDER = Comparator
            .comparing((VisibleGrade g) -> g.line().subjectLabel(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(g -> g.line().assessedOn(), Comparator.reverseOrder())
            .thenComparing(g -> g.line().assessmentId());

    /**
     * @param ownCouple the pupil's (MEF, division): his own grades follow its deadlines
     * @param previousSignIn the day of the account's previous sign-in; null for a first one (all visible is new)
     * @param subjectCode the subject chosen, or null for all
     */
    public static GradeList of(List<AssessmentLine> lines, GradesPublication publication, ClassCouple ownCouple,
                               LocalDate today, LocalDate previousSignIn, String subjectCode) {
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(today, "today");
        List<VisibleGrade> visible = new ArrayList<>();
        for (AssessmentLine line : lines) {
            LocalDate from = GradeVisibilityPolicy.visibleFrom(publication, ownCouple, line.enteredOn(),
                    line.publishedOn()).filter(day -> !day.isAfter(today)).orElse(null);
            if (from == null) {
                continue;   // hidden grades never leave the server
            }
            List<CoupleFigures> shown = line.couples().stream()
                    .filter(c -> GradeVisibilityPolicy.isVisible(publication, c.couple(), line.enteredOn(),
                            line.publishedOn(), today))
                    .toList();
            visible.add(new VisibleGrade(line, ClassFigures.of(shown), from,
                    previousSignIn == null || from.isAfter(previousSignIn)));
        }
        visible.sort(ORDER);
        Map<String, SubjectTile> tiles = new LinkedHashMap<>();
        for (VisibleGrade grade : visible) {
            AssessmentLine line = grade.line();
            tiles.merge(line.subjectCode(), new SubjectTile(line.subjectCode(), line.subjectLabel(), line.teacher(),
                    1, grade.fresh()), (a, b) -> new SubjectTile(a.subjectCode(), a.subjectLabel(),
                    a.teacher() != null ? a.teacher() : b.teacher(), a.grades() + 1, a.fresh() || b.fresh()));
        }
        List<VisibleGrade> listed = subjectCode == null ? visible
                : visible.stream().filter(g -> g.line().subjectCode().equals(subjectCode)).toList();
        return new GradeList(List.copyOf(listed), List.copyOf(tiles.values()));
    }
}
