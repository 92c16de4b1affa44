package org.scolarite.replication.control.siecle;

/**
 * The parser stopped: the file is not well-formed XML, or its bytes do not match the encoding its prolog declares.
 * Carries where it stopped and the reason in French; the readers turn it into the {@code FileFailure} that ends the
 * file.
 */
final class MalformedExport extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    MalformedExport(int line, int column, String reason, Throwable cause) {
        super(reason, cause);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
