package org.scolarite.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.scolarite.account.entity.Username;
import org.scolarite.structure.entity.Academy;

/**
 * Gives a new account the smallest free identifier for its holder's names in the académie (R-ACC-2). Closed accounts
 * count: an identifier is never handed out twice. The unique constraint (academy_id, username) settles a race
 * between two transactions: the loser fails and is retried by its caller.
 */
@ApplicationScoped
public class UsernameAllocator {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    public Username allocate(Academy academy, Username base) {
        // Accounts persisted earlier in this transaction must count: one run pre-creates a whole class.
        em.flush();
        // Native SQL: LIKE needs the stored text, which JPQL hides behind the Username converter. A base holds only
        // letters, hyphens and one dot, never a LIKE wildcard, so it needs no escaping.
        List<?> rows = em.createNativeQuery("SELECT username FROM account WHERE academy_id = ?1 AND username LIKE ?2")
                .setParameter(1, academy.getId())
                .setParameter(2, base.value() + "%")
                .getResultList();
        Set<String> taken = rows.stream().map(String.class::cast).collect(Collectors.toSet());
        return Username.allocate(base, taken);
    }
}
