package org.scolarite.replication.control.siecle;

/** A file that is not a readable SIECLE/BEE or STS-web export, with the reason in French. */
public class UnreadableExport extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableExport(String message) {
        super(message);
    }

    public UnreadableExport(String message, Throwable cause) {
        super(message, cause);
    }
}
