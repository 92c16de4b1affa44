package org.scolarite.statistics.entity;

import java.io.Serializable;

/** A division's line in a MEF table; {@code division} is null for pupils not placed in a division yet. */
public record DivisionLine<F>(String division, F figures) implements Serializable {
}
