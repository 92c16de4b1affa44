package org.scolarite.notification.boundary;

import java.io.Serializable;

/**
 * The two parts of one notification letter (R-SET-4), the shared header then the body of its kind: either the
 * templates, with their {@code {{field}}} tokens, or the letter rendered for one recipient.
 */
public record LetterHtml(String header, String body) implements Serializable {
}
