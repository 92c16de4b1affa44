package org.scolarite.enrolment.entity;

/** One reason a set of options breaks a MEF's rules: the form's group it concerns (lvb, lvc, optional) and why. */
public record ChoiceProblem(String field, String message) {
}
