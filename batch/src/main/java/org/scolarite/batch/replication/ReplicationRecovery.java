package org.scolarite.batch.replication;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.scolarite.platform.boundary.SchemaMigration;
import org.scolarite.replication.boundary.ReplicationEngine;

/**
 * R-REPL-2, after a crash of the server (kill -9, power cut): when this server starts, none of its replication jobs
 * is alive, so the runs it left RUNNING were interrupted. They become FAILED — the supervision page offers to resume
 * them, from their last committed chunks — and release their establishments, which the next runs would otherwise find
 * taken forever (« déjà en cours »). Runs of other server instances are left to them.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReplicationRecovery {

    private static final Logger LOG = Logger.getLogger(ReplicationRecovery.class.getName());

    @Inject
    private ReplicationEngine engine;

    @EJB
    private SchemaMigration schema;

    @PostConstruct
    void failInterruptedRuns() {
        schema.ensureMigrated(); // another module's start-up bean: the order of modules' start-up is not specified
        List<Long> interrupted = engine.failInterruptedRuns();
        if (!interrupted.isEmpty()) {
            LOG.warning(() -> "Réplications interrompues par l'arrêt brutal du serveur, marquées en échec (à reprendre "
                    + "depuis la page « Traitements ») : " + interrupted);
        }
    }
}
