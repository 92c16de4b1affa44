package org.scolarite.admin.api;

/** The body of a refusal: the reason, in French, for the person or the script that called. */
public record ApiError(int status, String message) {
}
