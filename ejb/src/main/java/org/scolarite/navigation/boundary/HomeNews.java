package org.scolarite.navigation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scolarite.navigation.entity.NewsTile;
import org.scolarite.navigation.entity.NewsTiles;

/**
 * The home's news tiles (R-PORTAL-6): asks every {@link NewsSource} bean deployed for the child shown since the
 * previous sign-in, and keeps the tiles {@link NewsTiles} allows. A source that fails costs its tile, not the home.
 */
@ApplicationScoped
public class HomeNews {

    private static final Logger LOG = Logger.getLogger(HomeNews.class.getName());

    @Inject
    @Any
    private Instance<NewsSource> sources;

    public List<NewsTile> tiles(FamilyView view) {
        if (!view.hasChild()) {
            return List.of();
        }
        NewsQuery query = new NewsQuery(view.accountId(), view.isGuardian(), view.child().studentId(),
                view.establishmentId(), view.previousLoginAt());
        List<NewsTile> counted = new ArrayList<>();
        for (NewsSource source : sources) {
            if (!view.menu().allows(source.service())) {
                continue;   // not asked at all: a closed service's source is not even queried
            }
            try {
                long count = source.count(query);
                if (count > 0) {
                    counted.add(new NewsTile(source.service(), count, source.describe(count)));
                }
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "Source de nouveautés en échec : " + source.service(), failed);
            }
        }
        return NewsTiles.shown(counted, view.menu());
    }
}
