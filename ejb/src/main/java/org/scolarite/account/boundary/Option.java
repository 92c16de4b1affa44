package org.scolarite.account.boundary;

import java.io.Serializable;

/** An item of a console drop-down list (a division, a MEF). */
public record Option(long id, String label) implements Serializable {
}
