package org.scolarite.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scolarite.account.control.PasswordHashing;
import org.scolarite.account.control.TemporaryPasswordCipher;
import org.scolarite.account.entity.TemporaryPassword;
import org.scolarite.demo.control.DemoAccountPlanner;
import org.scolarite.demo.control.DemoDataGenerator;
import org.scolarite.demo.control.DemoScale;
import org.scolarite.demo.control.EntitySink;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;

/**
 * Seeds the demo data on first start when {@code TELESERVICES_DEMO_DATA=true} and the database holds no académie
 * yet: never over real data, and only once (a restart finds the académie and does nothing). Runs after the schema
 * migration, in one transaction: a half-seeded database would never be completed.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoDataSeeder {

    /** The password of every demo login listed in the README. */
    public static final String DEMO_PASSWORD = "Demo-2026";
    private static final long SEED = 20260901L;
    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "teleservices.demo-data", defaultValue = "false")
    private boolean enabled;

    @Inject
    private Clock clock;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private TemporaryPasswordCipher cipher;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seedIfEmpty() {
        if (!enabled || em.createQuery("SELECT COUNT(a) FROM Academy a", Long.class).getSingleResult() > 0) {
            return;
        }
        long start = System.nanoTime();
        String demoHash = hashing.hash(DEMO_PASSWORD.toCharArray());
        SecureRandom random = new SecureRandom();
        LocalDateTime now = LocalDateTime.now(clock);
        DemoAccountPlanner accounts = new DemoAccountPlanner(SEED, now, demoHash,
                () -> cipher.encrypt(TemporaryPassword.generate(random)));
        Academy academy = new DemoDataGenerator(SEED, DemoScale.DEMO, LocalDate.from(now), accounts)
                .generate(new EntitySink() {
                    @Override
                    public void persist(Object entity) {
                        em.persist(entity);
                    }

                    @Override
                    public void establishmentDone() {
                        em.flush();
                    }
                });
        createStaff(academy, demoHash);
        LOG.info(() -> String.format("Données de démonstration créées en %d ms (mot de passe des comptes : %s)",
                (System.nanoTime() - start) / 1_000_000, DEMO_PASSWORD));
    }

    /** The console users of the README: a head per establishment, a delegate, an accountant, the rectorat. */
    private void createStaff(Academy academy, String demoHash) {
        List<Establishment> establishments = em.createQuery(
                "SELECT e FROM Establishment e WHERE e.academy = :a ORDER BY e.uai", Establishment.class)
                .setParameter("a", academy).setMaxResults(2).getResultList();
        Establishment college = establishments.get(0);
        Establishment lycee = establishments.get(1);
        StaffUser collegeHead = new StaffUser("principal.college", demoHash, "Mme Hélène Lefèvre", null);
        collegeHead.grant(StaffRole.HEAD, college);
        StaffUser lyceeHead = new StaffUser("principal.lycee", demoHash, "M. Jérôme Saint-Léger", null);
        lyceeHead.grant(StaffRole.HEAD, lycee);
        StaffUser delegate = new StaffUser("delegue.college", demoHash, "M. Karim Benali (ENT)", null);
        delegate.grant(StaffRole.DELEGATE, college);
        StaffUser accountant = new StaffUser("comptable", demoHash, "Mme Nadia Roussel", null);
        accountant.grant(StaffRole.ACCOUNTANT, college);
        accountant.grant(StaffRole.ACCOUNTANT, lycee);
        StaffUser rectorat = new StaffUser("rectorat", demoHash, "Rectorat — DSI", null);
        rectorat.grantAcademy(academy);
        List.of(collegeHead, lyceeHead, delegate, accountant, rectorat).forEach(em::persist);
    }
}
