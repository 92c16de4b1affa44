package org.scolarite.batch.replication;

/**
 * Finds an exception of the contract in a chain: thrown through an EJB, an exception that is not an application
 * exception reaches the caller wrapped in an EJBException.
 */
public final class Failures {

    private Failures() {
    }

    public static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
