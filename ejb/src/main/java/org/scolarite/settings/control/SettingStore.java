package org.scolarite.settings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scolarite.settings.entity.ConcurrentSettingChange;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRevision;

/** Reads and appends setting revisions (R-SET-2). Runs in the caller's transaction. */
@ApplicationScoped
public class SettingStore {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    /** The last saved revision, whatever its effective date: what the console edits. */
    public Optional<SettingRevision> latest(long establishmentId, Setting<?> setting) {
        return em.createQuery("SELECT r FROM SettingRevision r WHERE r.establishmentId = :e AND r.key = :k "
                        + "ORDER BY r.revision DESC", SettingRevision.class)
                .setParameter("e", establishmentId).setParameter("k", setting.key())
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The revision families see on {@code day}: the last one whose effective date has come. */
    public Optional<SettingRevision> effective(long establishmentId, Setting<?> setting, LocalDate day) {
        // No setMaxResults: on a limit EclipseLink writes the query's SQL again on every call; a setting has few
        // revisions, and this runs on every page view.
        return em.createNamedQuery(SettingRevision.EFFECTIVE, SettingRevision.class)
                .setParameter("e", establishmentId).setParameter("k", setting.key()).setParameter("day", day)
                .getResultList().stream().findFirst();
    }

    /** The values effective on {@code day} of every key starting with {@code prefix}, in one query. */
    public Map<String, String> effectiveByPrefix(long establishmentId, String prefix, LocalDate day) {
        List<SettingRevision> revisions = em.createQuery("SELECT r FROM SettingRevision r "
                        + "WHERE r.establishmentId = :e AND r.key LIKE :p AND r.effectiveFrom <= :day "
                        + "ORDER BY r.key, r.effectiveFrom, r.revision", SettingRevision.class)
                .setParameter("e", establishmentId).setParameter("p", prefix + "%").setParameter("day", day)
                .getResultList();
        Map<String, String> values = new LinkedHashMap<>();
        revisions.forEach(r -> values.put(r.getKey(), r.getValue()));   // the last one of each key wins
        return values;
    }

    /** The last revisions of every key starting with {@code prefix}. */
    public Map<String, SettingRevision> latestByPrefix(long establishmentId, String prefix) {
        List<SettingRevision> revisions = em.createQuery("SELECT r FROM SettingRevision r "
                        + "WHERE r.establishmentId = :e AND r.key LIKE :p ORDER BY r.key, r.revision",
                        SettingRevision.class)
                .setParameter("e", establishmentId).setParameter("p", prefix + "%").getResultList();
        Map<String, SettingRevision> latest = new LinkedHashMap<>();
        revisions.forEach(r -> latest.put(r.getKey(), r));
        return latest;
    }

    /**
     * Appends a revision on top of {@code basedOnRevision} (0 when the user edited the default). Refuses when another
     * revision was saved meanwhile; two concurrent saves on the same base collide on the unique revision number.
     */
    public SettingRevision append(long establishmentId, Setting<?> setting, int basedOnRevision, String json,
                                  LocalDate effectiveFrom, String actor, LocalDateTime now) {
        Optional<SettingRevision> latest = latest(establishmentId, setting);
        int current = latest.map(SettingRevision::getRevision).orElse(0);
        if (current != basedOnRevision) {
            throw new ConcurrentSettingChange(latest.map(SettingRevision::getChangedBy).orElse(null));
        }
        SettingRevision revision = new SettingRevision(establishmentId, setting.key(), current + 1, json,
                effectiveFrom, actor, now);
        try {
            em.persist(revision);
            em.flush();
        } catch (PersistenceException collision) {
            throw new ConcurrentSettingChange(null);
        }
        return revision;
    }
}
