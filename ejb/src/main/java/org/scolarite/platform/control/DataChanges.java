package org.scolarite.platform.control;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A counter of the writes this server made to the data families see, so that what the portal computed for a family
 * can be kept while nothing changed (see {@code FamilyViews}). It moves when an entity is written (flush) and once
 * more when that transaction ends: a family request that read between the flush and the commit, and kept the old
 * state under the new count, is thus found stale too.
 *
 * <p>Per server: on a cluster another server's change is seen when the kept views age out (one minute).
 */
public final class DataChanges {

    private static final Logger LOG = Logger.getLogger(DataChanges.class.getName());

    private static final AtomicLong COUNT = new AtomicLong();

    /** The key of this transaction's « count again at the end » registration: once per transaction. */
    private static final Object AFTER_COMPLETION = DataChanges.class;

    private static volatile TransactionSynchronizationRegistry registry;

    private DataChanges() {
    }

    public static long count() {
        return COUNT.get();
    }

    /** Some data changed in the current transaction (or outside any). */
    public static void changed() {
        COUNT.incrementAndGet();
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE
                || transactions.getResource(AFTER_COMPLETION) != null) {
            return;
        }
        transactions.putResource(AFTER_COMPLETION, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Counted after the outcome is known, below.
            }

            @Override
            public void afterCompletion(int status) {
                COUNT.incrementAndGet();
            }
        });
    }

    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry found = registry;
        if (found == null) {
            try {
                found = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
                registry = found;
            } catch (NamingException outsideContainer) {
                // Unit tests without a container: the flush count alone is enough there.
                LOG.log(Level.FINEST, "No transaction registry", outsideContainer);
            }
        }
        return found;
    }
}
