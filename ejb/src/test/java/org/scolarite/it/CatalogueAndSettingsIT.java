package org.scolarite.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.audit.boundary.AuditHistory;
import org.scolarite.audit.entity.AuditEntry;
import org.scolarite.catalog.boundary.OnlineServices;
import org.scolarite.catalog.boundary.ServiceLine;
import org.scolarite.catalog.entity.CatalogueEntry;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.catalog.entity.ServiceSwitchRefused;
import org.scolarite.grades.boundary.GradesConfiguration;
import org.scolarite.grades.entity.ClassCouple;
import org.scolarite.grades.entity.PublicationMode;
import org.scolarite.payment.boundary.PaymentSetup;
import org.scolarite.payment.entity.TipiClient;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.platform.control.ClockProducer;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.boundary.SettingView;
import org.scolarite.settings.entity.ConcurrentSettingChange;
import org.scolarite.settings.entity.PaymentSettings;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.settings.entity.TimetableSettings;
import org.scolarite.settings.entity.UsefulLink;
import org.scolarite.settings.entity.UsefulLinks;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Mef;
import org.scolarite.structure.entity.SchoolYear;
import org.scolarite.structure.entity.Uai;

/**
 * The catalogue and the settings on Payara against the real database: activation, roles checked on the server,
 * effective dates read through a moved clock, optimistic locking and the audit trail. Each test builds its own
 * académie, establishment and staff.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueAndSettingsIT {

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("catalogue-it", CatalogueAndSettingsIT.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private OnlineServices services;

    @Inject
    private EstablishmentSettings settings;

    @Inject
    private PaymentSetup payment;

    @Inject
    private GradesConfiguration grades;

    @Inject
    private AuditHistory history;

    @Inject
    private AccountService accounts;

    @Inject
    private ClockProducer clocks;

    @Inject
    private Clock clock;

    private String head;
    private String delegate;
    private String accountant;
    private long schoolId;
    private long studentId;
    private ClassCouple couple;
    private String tipiNumber;

    @BeforeEach
    void schoolNotYetActivated() throws Exception {
        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        tx.begin();
        Academy academy = new Academy("CS" + digits, "Académie " + digits, "http://localhost/");
        em.persist(academy);
        int year = LocalDate.now(clock).minusMonths(8).getYear();
        em.persist(new SchoolYear(academy, year, LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 8, 31)));
        Establishment school = new Establishment(academy, Uai.fromDigits(digits), EstablishmentKind.COLLEGE,
                "Collège " + digits);
        school.describe(null, null, null, List.of("ce." + digits + "@ac-test.fr"));
        school.declareSiecleProfile(true, false, false, false);
        em.persist(school);
        Mef mef = new Mef(String.valueOf(10000000000L + digits), "4EME", "4e", null);
        em.persist(mef);
        Division division = new Division(school, "4A", "4e A");
        em.persist(division);
        Student pupil = new Student(school, "E" + digits, "Martin", "Inès", LocalDate.of(2012, 1, 9), Sex.FEMALE);
        pupil.enrol(mef, division, Set.of(), null, LocalDate.of(year, 9, 1));
        em.persist(pupil);
        head = staff("head" + digits, StaffRole.HEAD, school);
        delegate = staff("delegate" + digits, StaffRole.DELEGATE, school);
        accountant = staff("accountant" + digits, StaffRole.ACCOUNTANT, school);
        tipiNumber = String.valueOf(digits).substring(0, 6);
        if (em.find(TipiClient.class, tipiNumber) == null) {
            em.persist(new TipiClient(tipiNumber, "COLLÈGE " + digits, null));
        }
        tx.commit();
        schoolId = school.getId();
        studentId = pupil.getId();
        couple = new ClassCouple(mef.getId(), division.getId());
    }

    @AfterEach
    void clockBack() {
        clocks.shift(Duration.ZERO);
    }

    @Test
    @DisplayName("R-SVC-1: before activation no account is created and no service switched; the head activates once")
    void activation_comes_first() {
        assertThatThrownBy(() -> accounts.preCreateStudentAccount(studentId, head))
                .isInstanceOf(AccountRuleViolation.class).hasMessageContaining("ne sont pas activés");
        assertThatThrownBy(() -> services.switchService(head, schoolId, ServiceKey.of(NationalService.PAYMENT), true, 0))
                .isInstanceOf(ServiceSwitchRefused.class);
        assertThatThrownBy(() -> services.activate(delegate, schoolId)).isInstanceOf(AccessDeniedException.class);

        assertThat(services.activate(head, schoolId).activatedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(services.activation(delegate, schoolId).activated()).isTrue();
        assertThat(accounts.preCreateStudentAccount(studentId, head)).isPositive();
        assertThat(history.page(head, schoolId, 0, 10)).extracting(AuditEntry::getAction)
                .contains("ACTIVATION_TELESERVICES");
    }

    @Test
    @DisplayName("R-SVC-3, R-SET-2, R-ROLE-1: the head opens Paiement; families get it the next day; the delegate cannot switch")
    void opening_is_effective_next_day() {
        services.activate(head, schoolId);
        ServiceKey paymentKey = ServiceKey.of(NationalService.PAYMENT);
        assertThatThrownBy(() -> services.switchService(delegate, schoolId, paymentKey, true, 0))
                .isInstanceOf(AccessDeniedException.class);

        ServiceLine line = services.switchService(head, schoolId, paymentKey, true, 0);
        assertThat(line.chosenOpen()).isTrue();
        assertThat(line.openToday()).isFalse();
        assertThat(line.pending()).isTrue();
        assertThat(line.effectiveFrom()).isEqualTo(LocalDate.now(clock).plusDays(1));
        assertThat(services.openToday(schoolId)).extracting(CatalogueEntry::key).doesNotContain(paymentKey);

        clocks.shift(Duration.ofDays(1));
        assertThat(services.openToday(schoolId)).extracting(CatalogueEntry::key).contains(paymentKey);
        assertThat(services.catalogue(head, schoolId)).filteredOn(l -> l.entry().key().equals(paymentKey))
                .singleElement().satisfies(l -> assertThat(l.pending()).isFalse());
    }

    @Test
    @DisplayName("R-SVC-2, R-SVC-3: mandatory services stay open; a service missing its SIECLE module cannot open")
    void refused_switches() {
        services.activate(head, schoolId);
        assertThatThrownBy(() -> services.switchService(head, schoolId, ServiceKey.of(NationalService.INFO_SHEET),
                false, 0)).isInstanceOf(ServiceSwitchRefused.class).hasMessageContaining("obligatoire");
        assertThatThrownBy(() -> services.switchService(head, schoolId, ServiceKey.of(NationalService.SCHOOL_LIFE),
                true, 0)).hasMessageContaining("Vie scolaire");
    }

    @Test
    @DisplayName("R-SVC-5: closing Notes keeps its configuration; R-NOTES-1: the menu needs Notes open")
    void closing_keeps_settings() {
        services.activate(head, schoolId);
        grades.switchMode(head, schoolId, PublicationMode.DEADLINES, 0);
        grades.addDate(delegate, schoolId, LocalDate.now(clock), List.of(couple), 1);
        services.switchService(head, schoolId, ServiceKey.of(NationalService.GRADES), false, 0);

        assertThatThrownBy(() -> grades.switchMode(head, schoolId, PublicationMode.CONTINUOUS, 2))
                .isInstanceOf(SettingRejected.class).hasMessageContaining("fermé");
        assertThat(grades.view(head, schoolId).setting().value().datesOf(couple)).hasSize(1);
    }

    @Test
    @DisplayName("R-NOTES-2: dates only on the establishment's own (MEF, division) couples")
    void forged_couples_are_refused() {
        services.activate(head, schoolId);
        grades.switchMode(head, schoolId, PublicationMode.DEADLINES, 0);
        assertThatThrownBy(() -> grades.addDate(head, schoolId, LocalDate.now(clock),
                List.of(new ClassCouple(couple.mefId(), couple.divisionId() + 999_999)), 1))
                .isInstanceOf(SettingRejected.class);
        assertThat(grades.view(head, schoolId).couples())
                .extracting(r -> r.couple()).containsExactly(couple);
    }

    @Test
    @DisplayName("Concurrent edits: the second save based on the same revision is refused, not silently applied")
    void optimistic_locking() {
        services.activate(head, schoolId);
        SettingView<UsefulLinks> first = settings.save(head, schoolId, Setting.USEFUL_LINKS,
                UsefulLinks.none().with(new UsefulLink("CDI", "https://cdi.fr")), 0);
        assertThat(first.revision()).isEqualTo(1);
        assertThatThrownBy(() -> settings.save(delegate, schoolId, Setting.USEFUL_LINKS,
                UsefulLinks.none().with(new UsefulLink("Cantine", "https://cantine.fr")), 0))
                .isInstanceOf(ConcurrentSettingChange.class).hasMessageContaining(head);
        assertThat(settings.view(delegate, schoolId, Setting.USEFUL_LINKS).value().links())
                .extracting(UsefulLink::label).containsExactly("CDI");
    }

    @Test
    @DisplayName("R-SET-6, R-SET-2: a useful link reaches families the next day")
    void useful_links_next_day() {
        settings.save(delegate, schoolId, Setting.USEFUL_LINKS,
                UsefulLinks.none().with(new UsefulLink("Onisep", "https://www.onisep.fr")), 0);
        assertThat(settings.effectiveToday(schoolId, Setting.USEFUL_LINKS).links()).isEmpty();
        assertThat(settings.view(head, schoolId, Setting.USEFUL_LINKS).pending()).isTrue();
        clocks.shift(Duration.ofDays(1));
        assertThat(settings.effectiveToday(schoolId, Setting.USEFUL_LINKS).links()).extracting(UsefulLink::label)
                .containsExactly("Onisep");
    }

    @Test
    @DisplayName("R-SET-1: the welcome message is sanitised on save and visible at once; over 2000 characters is refused")
    void welcome_message() {
        settings.saveWelcomeMessage(delegate, schoolId,
                "<p onclick=\"steal()\">Bonjour <a href=\"javascript:alert(1)\">ici</a><script>alert(2)</script>"
                        + "<a href=\"https://college.fr\">site</a></p>", 0);
        String shown = settings.effectiveToday(schoolId, Setting.WELCOME_MESSAGE);
        assertThat(shown).contains("Bonjour", "https://college.fr").doesNotContain("script", "onclick",
                "javascript:");
        assertThatThrownBy(() -> settings.saveWelcomeMessage(head, schoolId, "<p>" + "é".repeat(2001) + "</p>", 1))
                .isInstanceOf(SettingRejected.class).hasMessageContaining("2001");
        assertThat(settings.saveWelcomeMessage(head, schoolId, "<p>" + "é".repeat(2000) + "</p>", 1).revision())
                .isEqualTo(2);
    }

    @Test
    @DisplayName("R-PAY-1, R-ROLE-1: payment by head or accountant only, number checked against the reference list")
    void payment_setup() {
        PaymentSettings typed = new PaymentSettings(tipiNumber, new BigDecimal("1.50"), "compta@college.fr");
        assertThatThrownBy(() -> payment.save(delegate, schoolId, typed, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> payment.save(accountant, schoolId,
                new PaymentSettings("000001", BigDecimal.ONE, "compta@college.fr"), 0))
                .isInstanceOf(SettingRejected.class).hasMessageContaining("inconnu");
        assertThat(payment.lookUp(accountant, schoolId, tipiNumber)).isPresent();
        SettingView<PaymentSettings> saved = payment.save(accountant, schoolId, typed, 0);
        assertThat(saved.effectiveFrom()).isEqualTo(LocalDate.now(clock).plusDays(1));
        assertThatThrownBy(() -> settings.saveWelcomeMessage(accountant, schoolId, "<p>x</p>", 0))
                .as("the accountant sets payment only").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("R-EDT-1: the timetable setting cannot be changed while the service is not open")
    void timetable_needs_the_service() {
        services.activate(head, schoolId);
        assertThatThrownBy(() -> settings.save(head, schoolId, Setting.TIMETABLE, new TimetableSettings(3), 0))
                .isInstanceOf(SettingRejected.class);
    }

    @Test
    @DisplayName("R-ROLE-1: every change is audited with who, when and old → new")
    void audit_trail() {
        settings.save(delegate, schoolId, Setting.USEFUL_LINKS,
                UsefulLinks.none().with(new UsefulLink("CDI", "https://cdi.fr")), 0);
        List<AuditEntry> entries = history.page(head, schoolId, 0, 10);
        assertThat(entries).first().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo(delegate);
            assertThat(e.getTarget()).isEqualTo("useful-links");
            assertThat(e.getDetail()).contains("(valeur par défaut) →", "CDI");
        });
        assertThatThrownBy(() -> history.page(accountant, schoolId, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private String staff(String username, StaffRole role, Establishment school) {
        StaffUser user = new StaffUser(username, "not-used", username, null);
        user.grant(role, school);
        em.persist(user);
        return username;
    }
}
