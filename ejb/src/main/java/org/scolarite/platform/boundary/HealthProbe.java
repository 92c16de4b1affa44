package org.scolarite.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Database check behind the readiness endpoint: a cheap query with a short timeout, outside any transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthProbe {

    /** Outcome of one check, with a reason an operator can act on. */
    public record Check(String name, boolean up, String detail) {
    }

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    public Check database() {
        try (var connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return new Check("database", valid, valid ? connection.getMetaData().getDatabaseProductName()
                    : "connexion invalide");
        } catch (SQLException e) {
            return new Check("database", false, e.getMessage());
        }
    }
}
