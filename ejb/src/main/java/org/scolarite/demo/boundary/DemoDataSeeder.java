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
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scolarite.account.control.PasswordHashing;
import org.scolarite.account.control.TemporaryPasswordCipher;
import org.scolarite.account.entity.TemporaryPassword;
import org.scolarite.demo.control.DemoAccountPlanner;
import org.scolarite.demo.control.DemoDataGenerator;
import org.scolarite.demo.control.DemoScale;
import org.scolarite.demo.control.EnrolmentDemo;
import org.scolarite.demo.control.GrantDemo;
import org.scolarite.demo.control.EntitySink;
import org.scolarite.demo.control.InfoSheetDemo;
import org.scolarite.demo.control.InvoiceSeeding;
import org.scolarite.demo.control.SchoolLifeSeeding;
import org.scolarite.demo.control.siecle.DemoAssignments;
import org.scolarite.demo.control.siecle.DemoExports;
import org.scolarite.demo.control.siecle.DemoTimetables;
import org.scolarite.demo.control.siecle.ExportSink;
import org.scolarite.demo.control.siecle.ReportBookDemo;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.PostalAddress;
import org.scolarite.structure.entity.Uai;
import org.scolarite.catalog.entity.AcademicService;
import org.scolarite.catalog.entity.Audience;
import org.scolarite.payment.entity.TipiClient;
import org.scolarite.settings.control.SettingCodec;
import org.scolarite.settings.entity.EntChoice;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRevision;
import org.scolarite.settings.entity.UsefulLink;
import org.scolarite.settings.entity.UsefulLinks;

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

    /** The drop zone's root is {@code <data dir>/replication/inbox}; without a data dir no exports are written. */
    @Inject
    @ConfigProperty(name = "teleservices.data-dir")
    private Optional<String> dataDir;

    @Inject
    private Clock clock;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private TemporaryPasswordCipher cipher;

    @Inject
    private DemoGradeBook grades;

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
        grades.seed(SEED, LocalDate.from(now));
        createStaff(academy, demoHash);
        createCatalogue(academy, LocalDateTime.from(now));
        DemoTimetables.seed(em, SEED, LocalDate.from(now));
        SchoolLifeSeeding.seed(em, SEED, LocalDate.from(now));
        InvoiceSeeding.seed(em, SEED, now);
        ReportBookDemo.seed(em, SEED, now);
        InfoSheetDemo.seed(em, now);
        GrantDemo.seed(em, now);
        List<DemoAssignments.Line> assignments = seedEnrolment(now);
        depositExports(now, assignments);
        LOG.info(() -> String.format("Données de démonstration créées en %d ms (mot de passe des comptes : %s)",
                (System.nanoTime() - start) / 1_000_000, DEMO_PASSWORD));
    }

    /**
     * The demo académie's SIECLE exports, with a few rejections on purpose ({@link DemoExports}), put into the drop
     * zone. A failure here is logged, never fails the seeding: the demo works without exports.
     */
    private void depositExports(LocalDateTime now, List<DemoAssignments.Line> assignments) {
        if (dataDir.isEmpty() || dataDir.get().isBlank()) {
            LOG.info("Pas d’exports SIECLE de démonstration : teleservices.data-dir (TELESERVICES_DATA_DIR) "
                    + "n’est pas défini, la zone de dépôt est inconnue");
            return;
        }
        try {
            Path inbox = DemoExports.inbox(Path.of(dataDir.get()));
            ExportSink sink = DemoExports.deposit(inbox, SEED, now);
            DemoTimetables.deposit(inbox, SEED, now, true);
            DemoAssignments.deposit(inbox, assignments, now);
            LOG.info(() -> String.format("Exports SIECLE de démonstration déposés dans %s : %d établissements, "
                    + "%d élèves", inbox, sink.totals().establishments(), sink.totals().pupils()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Exports SIECLE de démonstration non déposés sous " + dataDir.get());
        }
    }

    /** R-INSC-1: the collège's first 3e division assigned to the lycée, whose campaign is open (EnrolmentDemo). */
    private List<DemoAssignments.Line> seedEnrolment(LocalDateTime now) {
        List<Establishment> schools = em.createQuery("SELECT e FROM Establishment e "
                + "WHERE e.teleservicesActivatedOn IS NOT NULL ORDER BY e.uai", Establishment.class)
                .setMaxResults(2).getResultList();
        return EnrolmentDemo.seed(em, schools.get(0), schools.get(1), now);
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
        // A school that has not activated the téléservices yet (R-SVC-1): its head sees the activation screen.
        Establishment newcomer = new Establishment(academy, Uai.fromDigits(141100), EstablishmentKind.COLLEGE,
                "Collège Victor Hugo");
        newcomer.describe(new PostalAddress("5 rue des Écoles", null, "14100", "Lisieux"), "02 31 62 00 00",
                "Mme Sophie Marchand", List.of("ce.0141100@ac-normandie.fr"));
        newcomer.declareSiecleProfile(true, true, false, false);
        em.persist(newcomer);
        StaffUser newcomerHead = new StaffUser("principal.nouveau", demoHash, "Mme Sophie Marchand", null);
        newcomerHead.grant(StaffRole.HEAD, newcomer);
        List.of(collegeHead, lyceeHead, delegate, accountant, rectorat, newcomerHead).forEach(em::persist);
    }

    /**
     * The académie's side of the catalogue and a few settings, so that every console screen has something to show:
     * two academic services (one experimental, piloted by the collège), the ENT list, the TIPI reference entries
     * of the two schools, and the collège's welcome message and useful links.
     */
    private void createCatalogue(Academy academy, LocalDateTime now) {
        // The collège and the lycée of the demo: not the newcomer (0141100…, not activated), which sorts between them.
        List<Establishment> schools = em.createQuery("SELECT e FROM Establishment e WHERE e.academy = :a "
                        + "AND e.teleservicesActivatedOn IS NOT NULL ORDER BY e.uai", Establishment.class)
                .setParameter("a", academy).setMaxResults(2).getResultList();
        Establishment college = schools.get(0);
        AcademicService orientation = new AcademicService(academy, "Orientation après la 3e",
                "https://orientation.ac-normandie.fr/", Audience.GUARDIAN);
        AcademicService homework = new AcademicService(academy, "Cahier de textes académique",
                "https://cahier-de-textes.ac-normandie.fr/", Audience.BOTH);
        em.persist(orientation);
        em.persist(homework);
        em.flush();
        homework.setRules(false, true, List.of(college.getId()));
        em.persist(new EntChoice(academy, "L’Educ de Normandie", "https://www.l-educdenormandie.fr/"));
        em.persist(new EntChoice(academy, "ENT des lycées agricoles", "https://ent.agri-normandie.fr/"));
        for (Establishment school : schools) {
            em.persist(new TipiClient(school.getUai().value().equals("0140070A") ? "014007" : "014199",
                    school.getName().toUpperCase(java.util.Locale.FRENCH) + " — " + school.getAddress().getCity(),
                    school.getUai().value()));
        }
        em.persist(new TipiClient("014999", "AGENCE COMPTABLE DU LYCÉE JEAN ROSTAND — CAEN", null));
        LocalDate today = now.toLocalDate();
        String welcome = "<p><strong>Bienvenue sur les services en ligne du collège Jean Moulin.</strong></p>"
                + "<p>Les notes sont publiées au fil de l’eau. Pour toute question, écrivez au secrétariat "
                + "depuis la page <em>Contact</em>.</p>";
        em.persist(new SettingRevision(college.getId(), Setting.WELCOME_MESSAGE.key(), 1,
                SettingCodec.write(welcome), today, "demo", now));
        UsefulLinks links = UsefulLinks.none()
                .with(new UsefulLink("Menus de la cantine", "https://www.college-jean-moulin.fr/cantine"))
                .with(new UsefulLink("Onisep — l’orientation", "https://www.onisep.fr/"));
        em.persist(new SettingRevision(college.getId(), Setting.USEFUL_LINKS.key(), 1, SettingCodec.write(links),
                today, "demo", now));
    }
}
