package org.scolarite.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the current version with Flyway when the application starts, before anything uses JPA
 * (the persistence unit does not deploy on start-up, and every other start-up bean depends on this one).
 * Flyway manages its own transactions, hence bean-managed transactions here.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        try {
            checkConnection();
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info(() -> "Schéma de la base : version " + result.targetSchemaVersion + " ("
                    + result.migrationsExecuted + " migration(s) appliquée(s))");
        } catch (FlywayException e) {
            LOG.severe("TELESERVICES : la migration du schéma a échoué : " + e.getMessage());
            throw new IllegalStateException("Migration du schéma impossible : " + e.getMessage());
        }
    }

    /**
     * For start-up beans of other modules, which {@code @DependsOn} cannot name portably: calling this singleton makes
     * the container initialise it — hence migrate the schema — before the call returns; the body has nothing to add.
     */
    public void ensureMigrated() {
        LOG.finest("Schéma à jour");
    }

    /** One readable line naming the settings to check, instead of a wall of stack traces. */
    private void checkConnection() {
        try (var connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            LOG.fine(() -> "Base : " + product);
        } catch (SQLException e) {
            String message = "TELESERVICES : base de données injoignable (" + e.getMessage()
                    + ") : vérifiez TELESERVICES_DB_URL, TELESERVICES_DB_USER et TELESERVICES_DB_PASSWORD.";
            LOG.log(Level.SEVERE, message);
            throw new IllegalStateException(message);
        }
    }
}
