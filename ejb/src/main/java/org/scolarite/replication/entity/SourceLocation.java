package org.scolarite.replication.entity;

import java.io.Serializable;

/**
 * Where a record or a fault sits in an export file, so that the school can find it in the file its administration
 * system produced: the file name, the line and column where the element starts (or where the parser stopped), and the
 * element with its source key when there is one ({@code ELEVE ELEVE_ID=4567}).
 */
public record SourceLocation(String file, int line, int column, String element, String key) implements Serializable {

    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, 0, null, null);
    }

    /** « ElevesSansAdresses.xml, ligne 12, colonne 5, ELEVE ELEVE_ID=4567 ». */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(", ligne ").append(line);
        }
        if (column > 0) {
            text.append(", colonne ").append(column);
        }
        if (element != null) {
            text.append(", ").append(element);
            if (key != null) {
                text.append(' ').append(key);
            }
        }
        return text.toString();
    }
}
