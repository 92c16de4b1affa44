package org.scolarite.enrolment.entity;

import java.util.List;

/** Wishes that break the MEF's combination rules: every problem, each for its group of the form. */
public class ChoicesRejected extends EnrolmentRejected {

    private static final long serialVersionUID = 1L;

    private final transient List<ChoiceProblem> problems;

    public ChoicesRejected(List<ChoiceProblem> problems) {
        super(null, problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<ChoiceProblem> problems() {
        return problems;
    }
}
