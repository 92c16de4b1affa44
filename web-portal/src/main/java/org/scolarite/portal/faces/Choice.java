package org.scolarite.portal.faces;

/** An {@code <option>} of a select that a plain GET form sends: its value, its label, whether it is the one shown. */
public record Choice(String value, String label, boolean selected) {
}
