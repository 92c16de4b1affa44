package org.scolarite.notification.boundary;

import java.io.Serializable;

/**
 * A line of the summary of those who could not be notified (R-MASS-1): the pupil, the guardian (null for a pupil's
 * own account) and why.
 */
public record SkippedLine(String pupil, String division, String guardian, String reason) implements Serializable {
}
