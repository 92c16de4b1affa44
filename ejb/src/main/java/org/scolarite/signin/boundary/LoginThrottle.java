package org.scolarite.signin.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.scolarite.signin.entity.FailureScope;
import org.scolarite.signin.entity.LoginFailure;
import org.scolarite.signin.entity.ThrottlePolicy;

/**
 * The throttle of failed credential checks on the portal (per typed identifier and per client address, see
 * {@link ThrottlePolicy} and the package documentation). Any feature that checks a family's credentials — sign-in,
 * the first connection's birth date, the regrouping of accounts — asks {@link #lockedUntil} first and reports each
 * failure with {@link #recordFailure}.
 */
@Stateless
public class LoginThrottle {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Until when credentials typed for {@code identifier} from {@code address} are refused without being checked;
     * empty when they may be checked. The later of the two locks wins.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<LocalDateTime> lockedUntil(String identifier, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        return Stream.of(lockedUntil(FailureScope.IDENTIFIER, identifier, ThrottlePolicy.PER_IDENTIFIER, now),
                        lockedUntil(FailureScope.ADDRESS, address, ThrottlePolicy.PER_ADDRESS, now))
                .flatMap(Optional::stream)
                .max(LocalDateTime::compareTo);
    }

    /**
     * Counts one failed credential check of {@code identifier} (as typed) from {@code address}. In a transaction of its
     * own, so that the failure is counted even when the caller then rolls back its refusal.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String identifier, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        em.persist(new LoginFailure(FailureScope.IDENTIFIER, identifier, now));
        em.persist(new LoginFailure(FailureScope.ADDRESS, address, now));
    }

    /** A successful sign-in: the identifier's past failures no longer count (the address's still do). */
    public void forgetFailures(String identifier) {
        em.createQuery("DELETE FROM LoginFailure f WHERE f.scope = :scope AND f.keyDigest = :digest")
                .setParameter("scope", FailureScope.IDENTIFIER)
                .setParameter("digest", LoginFailure.digest(FailureScope.IDENTIFIER, identifier))
                .executeUpdate();
    }

    /** Deletes the failures no policy can count any more; returns how many. Every server may run it: it is idempotent. */
    public int purge() {
        return em.createQuery("DELETE FROM LoginFailure f WHERE f.failedAt < :before")
                .setParameter("before", LocalDateTime.now(clock).minus(ThrottlePolicy.RETENTION))
                .executeUpdate();
    }

    /** Every hour, on every server. */
    @Schedule(minute = "17", hour = "*", persistent = false, info = "login failures purge")
    void purgeEveryHour() {
        purge();
    }

    private Optional<LocalDateTime> lockedUntil(FailureScope scope, String key, ThrottlePolicy policy,
                                                LocalDateTime now) {
        List<LocalDateTime> recent = em.createQuery("SELECT f.failedAt FROM LoginFailure f WHERE f.scope = :scope "
                        + "AND f.keyDigest = :digest AND f.failedAt > :start ORDER BY f.failedAt DESC",
                        LocalDateTime.class)
                .setParameter("scope", scope)
                .setParameter("digest", LoginFailure.digest(scope, key))
                .setParameter("start", policy.windowStart(now))
                .setMaxResults(policy.maxFailures())
                .getResultList();
        return policy.lockedUntil(recent, now);
    }
}
