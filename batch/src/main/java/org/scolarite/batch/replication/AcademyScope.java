package org.scolarite.batch.replication;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * The académies a run is opened in: which one an establishment belongs to, and every académie for the nightly run.
 * Plain JDBC on the application's datasource: the persistence unit belongs to the ejb module.
 */
@Stateless
public class AcademyScope {

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    public long academyOf(long establishmentId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT academy_id FROM establishment WHERE id = ?")) {
            query.setLong(1, establishmentId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new AccessDeniedException("Établissement inconnu : " + establishmentId);
                }
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Long> academies() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT id FROM academy ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
