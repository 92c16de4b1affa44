package org.scolarite.grades.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.grades.control.GradeBookQueries;
import org.scolarite.grades.entity.GradesPublication;
import org.scolarite.grades.entity.NewGrades;
import org.scolarite.grades.entity.PublicationMode;
import org.scolarite.navigation.boundary.NewsQuery;
import org.scolarite.navigation.boundary.NewsSource;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.entity.Setting;

/**
 * The home's « n nouvelles notes » tile (R-PORTAL-6): the child's grades that became visible (R-NOTES-1, setting in
 * effect today) after the account's previous sign-in. One grouped read of the child's grades by (entry date,
 * teacher's date) — « au fil de l'eau » only those entered since the previous sign-in's day — then the policy.
 */
@ApplicationScoped
public class GradesNews implements NewsSource {

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    @Inject
    private EstablishmentSettings settings;

    @Inject
    private Clock clock;

    @Override
    public ServiceKey service() {
        return ServiceKey.of(NationalService.GRADES);
    }

    @Override
    public long count(NewsQuery query) {
        LocalDate today = LocalDate.now(clock);
        GradesPublication publication = settings.effectiveToday(query.establishmentId(), Setting.GRADES_PUBLICATION);
        LocalDate since = query.since() == null ? null : query.since().toLocalDate();
        // « Au fil de l'eau » a grade is visible the day after entry: one entered before the previous sign-in's day
        // was already visible then. « À échéance » an old grade may be shown by a new deadline: all are read.
        LocalDate enteredFrom = since != null && publication.mode() == PublicationMode.CONTINUOUS
                ? since : LocalDate.of(1900, 1, 1);
        try (Connection connection = dataSource.getConnection()) {
            GradeBookQueries queries = new GradeBookQueries(connection);
            return NewGrades.count(queries.entryDates(query.studentId(), enteredFrom).stream()
                    .map(e -> new NewGrades.Entry(e.enteredOn(), e.publishedOn(), e.grades())).toList(),
                    publication, queries.placement(query.studentId()).couple(), today, since);
        } catch (SQLException e) {
            throw new IllegalStateException("Comptage des nouvelles notes impossible", e);
        }
    }

    @Override
    public String describe(long count) {
        return count == 1 ? "1 nouvelle note" : count + " nouvelles notes";
    }
}
