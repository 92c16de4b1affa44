package org.scolarite.grades.entity;

/**
 * A subject's tile above the list (R-NOTES-3): orange ({@code fresh}) when it holds grades new since the previous
 * sign-in, violet otherwise.
 */
public record SubjectTile(String subjectCode, String subjectLabel, String teacher, int grades, boolean fresh) {
}
