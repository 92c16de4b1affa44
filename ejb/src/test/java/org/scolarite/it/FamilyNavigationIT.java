package org.scolarite.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.account.control.PasswordHashing;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.account.entity.Username;
import org.scolarite.catalog.entity.AcademicService;
import org.scolarite.catalog.entity.Audience;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.navigation.boundary.AccessLog;
import org.scolarite.navigation.boundary.PageViews;
import org.scolarite.navigation.boundary.ContactMessages;
import org.scolarite.navigation.boundary.FamilyNavigation;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.navigation.boundary.HomeNews;
import org.scolarite.navigation.boundary.NewsQuery;
import org.scolarite.navigation.boundary.NewsSource;
import org.scolarite.navigation.entity.ContactRejected;
import org.scolarite.navigation.entity.MenuDecision;
import org.scolarite.navigation.entity.NewsTile;
import org.scolarite.navigation.entity.PortalAccess;
import org.scolarite.navigation.entity.PortalArea;
import org.scolarite.notification.entity.MailKind;
import org.scolarite.notification.entity.OutboxMessage;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.platform.control.ClockProducer;
import org.scolarite.settings.control.SettingCodec;
import org.scolarite.settings.entity.ContactLink;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRevision;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.structure.boundary.AcademyDirectory;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.PostalAddress;
import org.scolarite.structure.entity.Uai;

/**
 * Family navigation on Payara against the real database (R-PORTAL-5/6/7, R-ACC-9, R-SET-5, deliverable 6): one
 * guardian account of the portal's académie opening three children — Emma in a collège (académie service opened, one
 * experimental service piloted elsewhere, contact link active), Noé in a lycée (a service opened from tomorrow only),
 * Lou in the collège with her access removed — and a pupil of another family. Every test builds its own schools.
 */
@ExtendWith(ArquillianExtension.class)
class FamilyNavigationIT {

    private static final LocalDate BIRTH = LocalDate.of(2012, 3, 4);
    private static final char[] PASSWORD = "Navigation-2026".toCharArray();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("navigation-it", FamilyNavigationIT.class).addClass(AccountEventsNews.class);
    }

    /**
     * A real news source, for the test only (no service produces news yet): the account's history lines written since
     * the previous sign-in, for the information sheet (open for guardians in every school).
     */
    @ApplicationScoped
    public static class AccountEventsNews implements NewsSource {

        @PersistenceContext(unitName = "teleservices")
        private EntityManager em;

        @Override
        public ServiceKey service() {
            return ServiceKey.of(NationalService.INFO_SHEET);
        }

        @Override
        public long count(NewsQuery query) {
            var count = em.createQuery("SELECT COUNT(e) FROM AccountEvent e WHERE e.account.id = :a"
                    + (query.since() == null ? "" : " AND e.occurredAt > :s"), Long.class)
                    .setParameter("a", query.accountId());
            if (query.since() != null) {
                count.setParameter("s", query.since());
            }
            return count.getSingleResult();
        }

        @Override
        public String describe(long count) {
            return count + (count > 1 ? " nouveautés" : " nouveauté") + " dans votre compte";
        }
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private FamilyNavigation navigation;

    @Inject
    private HomeNews news;

    @Inject
    private AccessLog accessLog;

    @Inject
    private PageViews pageViews;

    @Inject
    private ContactMessages contact;

    @Inject
    private AccountService accounts;

    @Inject
    private AcademyDirectory academies;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private ClockProducer clocks;

    @Inject
    private Clock clock;

    private String username;
    private String otherUsername;
    private long accountId;
    private long collegeId;
    private long lyceeId;
    private long emmaId;
    private long noeId;
    private long louId;
    private long strangerId;
    private ServiceKey orientation;
    private ServiceKey pilotedElsewhere;
    private ServiceKey fromTomorrow;
    private String mailbox;

    @BeforeEach
    void family() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_000);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        username = "nav.famille" + n;
        otherUsername = "nav.autre" + n;
        mailbox = "ce.nav" + n + "@ac-normandie.fr";
        tx.begin();
        Academy academy = em.createQuery("SELECT a FROM Academy a WHERE a.code = :c", Academy.class)
                .setParameter("c", academies.portalAcademyCode()).getSingleResult();
        Establishment college = new Establishment(academy, Uai.fromDigits(n), EstablishmentKind.COLLEGE,
                "Collège Navigation " + n);
        college.describe(new PostalAddress("1 rue des Écoles", null, "14000", "Caen"),
                "02 31 00 00 00", "M. Proviseur", List.of(mailbox));
        college.declareSiecleProfile(true, true, false, false);
        college.activateTeleservices(today.minusDays(10), "it");
        em.persist(college);
        Establishment lycee = new Establishment(academy, Uai.fromDigits(n + 1), EstablishmentKind.LYCEE,
                "Lycée Navigation " + n);
        lycee.declareSiecleProfile(true, true, false, false);
        lycee.activateTeleservices(today.minusDays(10), "it");
        em.persist(lycee);
        // The académie's services are académie-wide: this test's own, so that the demo schools never see them open.
        AcademicService forGuardians = new AcademicService(academy, "Orientation " + n, "https://orientation.example.fr/"
                + n, Audience.GUARDIAN);
        AcademicService experimental = new AcademicService(academy, "Expérimentation " + n,
                "https://experimentation.example.fr/", Audience.BOTH);
        AcademicService later = new AcademicService(academy, "Demain " + n, "https://demain.example.fr/",
                Audience.BOTH);
        em.persist(forGuardians);
        em.persist(experimental);
        em.persist(later);
        em.flush();
        experimental.setRules(false, true, List.of(lycee.getId()));
        Student emma = pupil(college, "E" + n, "Emma");
        Student noe = pupil(lycee, "N" + n, "Noé");
        Student lou = pupil(college, "L" + n, "Lou");
        lou.removeAccess();
        Student stranger = pupil(lycee, "X" + n, "Paul");
        Guardian mother = guardian(college, "M" + n, emma, lou);
        Guardian motherAtLycee = guardian(lycee, "ML" + n, noe);
        Guardian strangerParent = guardian(lycee, "S" + n, stranger);
        Account account = Account.forGuardian(mother, emma, Username.of(username), now.minusDays(5), "it");
        Method open = Account.class.getDeclaredMethod("open", Student.class, Guardian.class, LocalDate.class);
        open.setAccessible(true);
        // A regrouped account (R-PORTAL-8) opens the three children, each through the mother's record in his school.
        open.invoke(account, noe, motherAtLycee, today.minusDays(5));
        open.invoke(account, lou, mother, today.minusDays(5));
        account.notifyBy(NotificationMode.LETTER, now.minusDays(5), "it", () -> "chiffré");
        account.activateAsGuardian(BIRTH, "famille" + n + "@example.org", hashing.hash(PASSWORD), now.minusDays(4));
        account.validateEmail(now.minusDays(4), "it");
        em.persist(account);
        Account other = Account.forGuardian(strangerParent, stranger, Username.of(otherUsername), now.minusDays(5),
                "it");
        em.persist(other);
        orientation = ServiceKey.academic(forGuardians.getId());
        pilotedElsewhere = ServiceKey.academic(experimental.getId());
        fromTomorrow = ServiceKey.academic(later.getId());
        setting(college, Setting.opening(orientation).key(), SettingCodec.write(true), today.minusDays(1));
        setting(college, Setting.opening(pilotedElsewhere).key(), SettingCodec.write(true), today.minusDays(1));
        setting(lycee, Setting.opening(fromTomorrow).key(), SettingCodec.write(true), today.plusDays(1));
        setting(college, Setting.CONTACT_LINK.key(), SettingCodec.write(new ContactLink(true, mailbox)),
                today.minusDays(1));
        tx.commit();
        accountId = account.getId();
        collegeId = college.getId();
        lyceeId = lycee.getId();
        emmaId = emma.getId();
        noeId = noe.getId();
        louId = lou.getId();
        strangerId = stranger.getId();
        // Unused here but kept for the reader: the mother's record at the lycée is the lycée's own guardian row.
        assertThat(motherAtLycee.getId()).isNotNull();
    }

    @AfterEach
    void clockBackAndServicesWithdrawn() throws Exception {
        clocks.shift(Duration.ZERO);
        // The académie's catalogue is shared with the demo schools that other tests look at: this test's services go.
        tx.begin();
        for (ServiceKey key : List.of(orientation, pilotedElsewhere, fromTomorrow)) {
            em.find(AcademicService.class, key.academicId().orElseThrow()).withdraw();
        }
        tx.commit();
    }

    @Test
    @DisplayName("R-PORTAL-5: two children of one account in two establishments get different menus; an académie "
            + "service piloted by another school is not shown even if chosen open; a service opened for tomorrow "
            + "appears the next day")
    void menus_differ_between_children() {
        FamilyView emma = navigation.view(username, emmaId);
        FamilyView noe = navigation.view(username, noeId);

        assertThat(emma.children()).extracting(c -> c.studentId()).containsExactlyInAnyOrder(emmaId, noeId, louId);
        assertThat(emma.menu().academicServices()).extracting(s -> s.key()).containsExactly(orientation);
        assertThat(emma.menu().decision(pilotedElsewhere)).isEqualTo(MenuDecision.CLOSED);
        assertThat(emma.menu().allows(ServiceKey.of(NationalService.LSU))).as("collège").isTrue();
        assertThat(noe.menu().academicServices()).isEmpty();
        assertThat(noe.menu().allows(ServiceKey.of(NationalService.LSL))).as("lycée").isTrue();
        assertThat(noe.menu().allows(ServiceKey.of(NationalService.LSU))).isFalse();
        assertThat(noe.establishmentId()).isEqualTo(lyceeId);

        clocks.shift(Duration.ofDays(1));
        assertThat(navigation.view(username, noeId).menu().academicServices()).extracting(s -> s.key())
                .containsExactly(fromTomorrow);
    }

    @Test
    @DisplayName("R-PORTAL-5, [P1] §7: another family's pupil is refused; without a choice the first child is shown")
    void another_family_s_child_is_refused() {
        assertThatThrownBy(() -> navigation.view(username, strangerId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> navigation.view(otherUsername, emmaId)).isInstanceOf(AccessDeniedException.class);
        assertThat(navigation.view(username, null).child()).isNotNull();
    }

    @Test
    @DisplayName("R-ACC-9: a pupil whose access was removed loses grades, school life and report books; the menu says "
            + "so; the information sheet stays")
    void access_removed() {
        FamilyView lou = navigation.view(username, louId);

        assertThat(lou.accessRemoved()).isTrue();
        assertThat(lou.menu().trackingWithdrawn()).isTrue();
        assertThat(lou.menu().decision(ServiceKey.of(NationalService.GRADES))).isEqualTo(MenuDecision.ACCESS_REMOVED);
        assertThat(lou.menu().decision(ServiceKey.of(NationalService.SCHOOL_LIFE)))
                .isEqualTo(MenuDecision.ACCESS_REMOVED);
        assertThat(lou.menu().allows(ServiceKey.of(NationalService.INFO_SHEET))).isTrue();
        assertThat(navigation.view(username, emmaId).menu().allows(ServiceKey.of(NationalService.GRADES))).isTrue();
    }

    @Test
    @DisplayName("R-PORTAL-6: news are counted since the PREVIOUS sign-in, not the current one; a tile shows only when "
            + "its source counts something (a real source bean found by CDI)")
    void news_since_the_previous_login() throws Exception {
        assertThat(accounts.authenticate(academies.portalAcademyCode(), username, PASSWORD)).isPresent();
        FamilyView first = navigation.view(username, emmaId);
        assertThat(first.previousLoginAt()).as("first sign-in: no previous one").isNull();
        List<NewsTile> everything = news.tiles(first);
        assertThat(everything).singleElement().satisfies(tile -> {
            assertThat(tile.service()).isEqualTo(ServiceKey.of(NationalService.INFO_SHEET));
            assertThat(tile.count()).isEqualTo(4);   // created, notified, activated, e-mail validated
            assertThat(tile.text()).isEqualTo("4 nouveautés dans votre compte");
        });
        LocalDateTime firstLogin = lastAccess();

        clocks.shift(Duration.ofMinutes(10));
        assertThat(accounts.authenticate(academies.portalAcademyCode(), username, PASSWORD)).isPresent();
        FamilyView second = navigation.view(username, emmaId);

        assertThat(second.previousLoginAt()).isEqualTo(firstLogin);
        assertThat(lastAccess()).isAfter(firstLogin);
        assertThat(news.tiles(second)).as("nothing new since the previous sign-in: no tile").isEmpty();
    }

    @Test
    @DisplayName("Deliverable 6, R-SIM-1: page views are buffered then written in a batch (account, kind, pupil, "
            + "establishment, service, day); a simulation's views never")
    void access_log() {
        FamilyView emma = navigation.view(username, emmaId);
        FamilyView noe = navigation.view(username, noeId);

        pageViews.viewed(emma, PortalArea.HOME, false);
        pageViews.viewed(emma, orientation, false);
        pageViews.viewed(noe, PortalArea.CONTACT, false);
        pageViews.viewed(noe, PortalArea.HOME, true);
        accessLog.flush();

        List<PortalAccess> rows = em.createQuery("SELECT p FROM PortalAccess p WHERE p.accountId = :a ORDER BY p.id",
                PortalAccess.class).setParameter("a", accountId).getResultList();
        assertThat(rows).extracting(PortalAccess::getServiceKey)
                .containsExactly("HOME", orientation.value(), "CONTACT");
        assertThat(rows).extracting(PortalAccess::getStudentId).containsExactly(emmaId, emmaId, noeId);
        assertThat(rows).extracting(PortalAccess::getEstablishmentId).containsExactly(collegeId, collegeId, lyceeId);
        assertThat(rows.get(0).getAccessDay()).isEqualTo(LocalDate.now(clock));
        assertThat(rows.get(0).getAccountKind().name()).isEqualTo("GUARDIAN");
    }

    @Test
    @DisplayName("R-PORTAL-7, R-SET-5, R-MAIL-1: the contact form queues the school's e-mail (sender named, pupil, "
            + "Reply-To the family's validated e-mail) and the family's copy without the school's address; the same "
            + "submission twice queues nothing more")
    void contact_message() throws Exception {
        String submission = "sub-" + System.nanoTime();
        tx.begin();
        boolean sent = contact.send(username, emmaId, "Absence de vendredi", "Bonjour,\n\nEmma <b>sera</b> absente.",
                submission);
        tx.commit();
        tx.begin();
        boolean again = contact.send(username, emmaId, "Absence de vendredi", "Bonjour", submission);
        tx.commit();

        assertThat(sent).isTrue();
        assertThat(again).isFalse();
        List<OutboxMessage> queued = em.createQuery("SELECT m FROM OutboxMessage m WHERE m.messageKey LIKE :k "
                + "ORDER BY m.id", OutboxMessage.class).setParameter("k", "contact%:" + accountId + ":%").getResultList();
        assertThat(queued).hasSize(2).allSatisfy(m -> assertThat(m.getKind()).isEqualTo(MailKind.CONTACT_MESSAGE));
        OutboxMessage toSchool = queued.get(0);
        assertThat(toSchool.getRecipient()).isEqualTo(mailbox);
        assertThat(toSchool.getReplyTo()).isEqualTo(em.find(Account.class, accountId).getEmail());
        assertThat(toSchool.getEstablishmentId()).isEqualTo(collegeId);
        assertThat(toSchool.getSubject()).isEqualTo("[Scolarité services] Absence de vendredi");
        assertThat(toSchool.getTextBody()).contains("MME Claire Navigation", "responsable de Emma Navigation",
                "Emma <b>sera</b> absente.");
        assertThat(toSchool.getHtmlBody()).contains("Emma &lt;b&gt;sera&lt;/b&gt; absente.").doesNotContain("<b>");
        OutboxMessage copy = queued.get(1);
        assertThat(copy.getRecipient()).isEqualTo(toSchool.getReplyTo());
        assertThat(copy.getReplyTo()).isNull();
        assertThat(copy.getTextBody() + copy.getHtmlBody()).doesNotContain(mailbox).contains("Collège Navigation");
    }

    @Test
    @DisplayName("R-SET-5: no contact form where the link is inactive (the lycée); a wrong field is refused with its "
            + "French message and nothing is queued; another family's pupil is refused")
    void contact_refusals() throws Exception {
        assertThat(contact.formOffered(username, emmaId)).isTrue();
        assertThat(contact.replyAddress(username)).contains(em.find(Account.class, accountId).getEmail());
        assertThat(contact.replyAddress(otherUsername)).as("not activated: no validated e-mail").isEmpty();
        assertThat(contact.formOffered(username, noeId)).isFalse();
        tx.begin();
        try {
            assertThatThrownBy(() -> contact.send(username, noeId, "Objet", "Message", "sub-" + System.nanoTime()))
                    .isInstanceOf(ContactRejected.class).hasMessageContaining("ne reçoit pas de messages");
        } finally {
            tx.rollback();
        }
        tx.begin();
        try {
            assertThatThrownBy(() -> contact.send(username, emmaId, " ", "Message", "sub-" + System.nanoTime()))
                    .isInstanceOf(ContactRejected.class).hasMessage("Indiquez l’objet de votre message.");
        } finally {
            tx.rollback();
        }
        tx.begin();
        try {
            assertThatThrownBy(() -> contact.send(username, strangerId, "Objet", "Message", "sub-" + System.nanoTime()))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            tx.rollback();
        }
        assertThat(em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.messageKey LIKE :k", Long.class)
                .setParameter("k", "contact%:" + accountId + ":%").getSingleResult()).isZero();
    }

    /** Read in SQL: the sign-in writes it in SQL too, around the entity cache. */
    private LocalDateTime lastAccess() {
        Object value = em.createNativeQuery("SELECT last_access_at FROM account WHERE id = ?1")
                .setParameter(1, accountId).getSingleResult();
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    private Student pupil(Establishment school, String source, String firstName) {
        Student student = new Student(school, source, "Navigation", firstName, BIRTH, Sex.FEMALE);
        em.persist(student);
        return student;
    }

    private Guardian guardian(Establishment school, String source, Student... children) {
        Guardian guardian = new Guardian(school, source, "MME", "Navigation", "Claire");
        em.persist(guardian);
        for (Student child : children) {
            em.persist(new GuardianLink(child, guardian, LegalRank.FIRST, "20"));
        }
        return guardian;
    }

    private void setting(Establishment school, String key, String value, LocalDate effectiveFrom) {
        em.persist(new SettingRevision(school.getId(), key, 1, value, effectiveFrom, "it",
                LocalDateTime.now(clock)));
    }
}
