package org.scolarite.grant.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.account.entity.Account;
import org.scolarite.audit.boundary.AuditTrail;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.grant.control.GrantCsv;
import org.scolarite.grant.entity.GrantApplication;
import org.scolarite.grant.entity.GrantLine;
import org.scolarite.grant.entity.GrantRejected;
import org.scolarite.grant.entity.GrantStatus;
import org.scolarite.notification.boundary.Outbox;
import org.scolarite.notification.control.MailText;
import org.scolarite.notification.entity.MailKind;
import org.scolarite.people.entity.Student;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.structure.boundary.AcademyDirectory;
import org.scolarite.structure.entity.Establishment;

/**
 * The school's side of the grants (R-BOURSE-2): the applications families submitted this school year (drafts stay the
 * family's), their status changes and the export. Head and delegate only, checked on every call; an application of
 * another establishment is refused and logged. A status change carries the version the screen showed (two users
 * deciding at once: the second is refused); a decision queues the family's e-mail in the same transaction (R-MAIL-1)
 * under a key per application and decision, so that it is never queued twice. Every change is audited.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class SchoolGrants {

    private static final Logger LOG = Logger.getLogger(SchoolGrants.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private StaffDirectory staff;

    @Inject
    private GrantYears years;

    @Inject
    private AccountService accounts;

    @Inject
    private AcademyDirectory academies;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** « 2026-2027 »: the year whose applications the list shows. */
    public String yearLabel(String actor, long establishmentId) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE);
        int year = years.current(establishmentId);
        return year + "-" + (year + 1);
    }

    /** This year's submitted applications, by pupil; {@code status} null for all of them. */
    public List<GrantLine> list(String actor, long establishmentId, GrantStatus status) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE);
        var query = em.createQuery("SELECT g, s, d.code FROM GrantApplication g, Student s "
                        + "LEFT JOIN s.division d WHERE s.id = g.studentId AND g.establishmentId = :e "
                        + "AND g.schoolYear = :y AND g.status <> :draft" + (status == null ? "" : " AND g.status = :st")
                        + " ORDER BY s.lastName, s.firstName, g.id", Object[].class)
                .setParameter("e", establishmentId).setParameter("y", years.current(establishmentId))
                .setParameter("draft", GrantStatus.DRAFT);
        if (status != null) {
            query.setParameter("st", status);
        }
        List<GrantLine> lines = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            GrantApplication g = (GrantApplication) row[0];
            Student s = (Student) row[1];
            var answers = g.answers();
            String guardians = answers.firstGuardian() == null ? "" : answers.firstGuardian()
                    + (answers.secondGuardian() == null ? "" : " / " + answers.secondGuardian());
            lines.add(new GrantLine(g.getId(), g.getVersion(), g.getService(), pupilName(s), (String) row[2],
                    g.getStatus(), answers.household(), guardians, answers.referenceIncome(),
                    answers.childrenInCharge(), g.getSubmittedAt(), g.getSubmittedBy()));
        }
        return lines;
    }

    /**
     * Moves an application: « en instruction », then « accordée » or « refusée ».
     *
     * @param version the version the screen showed
     * @throws GrantRejected          a move the rules refuse, or the application changed meanwhile
     * @throws AccessDeniedException  no role here, or an application of another establishment (logged)
     */
    public void move(String actor, long establishmentId, long applicationId, int version, GrantStatus target) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE);
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        if (application == null || application.getEstablishmentId() != establishmentId
                || application.getStatus() == GrantStatus.DRAFT) {
            LOG.warning(() -> "Bourse refusée : " + actor + " a voulu passer la demande " + applicationId + " à "
                    + target + " depuis l’établissement " + establishmentId);
            throw new AccessDeniedException("Demande de bourse d’un autre établissement");
        }
        if (application.getVersion() != version) {
            throw GrantRejected.form("Cette demande vient d’être modifiée par un autre utilisateur : elle est "
                    + "maintenant « " + application.getStatus().label() + " ». Vérifiez-la avant de la changer.");
        }
        GrantStatus before = application.getStatus();
        boolean decided = application.moveBySchool(target, actor, LocalDateTime.now(clock));
        Student pupil = em.find(Student.class, application.getStudentId());
        audit.record(actor, establishmentId, "BOURSE_STATUT", pupilName(pupil),
                before.label() + " → " + target.label());
        if (decided) {
            notifyFamily(application, pupil, actor);
        }
    }

    /** The list as CSV for French Excel, streamed; audited. */
    public void writeCsv(String actor, long establishmentId, OutputStream out) {
        List<GrantLine> lines = list(actor, establishmentId, null);
        audit.record(actor, establishmentId, "BOURSES_EXPORT", null, lines.size() + " demandes");
        GrantCsv.write(lines, out);
    }

    /**
     * The decision e-mail to the guardian who submitted: his validated portal address, else the one the school's file
     * gives; without either the family reads the status on the portal only.
     */
    private void notifyFamily(GrantApplication application, Student pupil, String actor) {
        Optional<Account> account = accounts.findByUsername(academies.portalAcademyCode(),
                application.getSubmittedBy());
        Optional<String> recipient = account.filter(a -> a.getEmail() != null && a.isEmailValidated())
                .map(Account::getEmail)
                .or(() -> account.map(Account::getGuardian).map(g -> g.getEmail()).filter(e -> !e.isBlank()));
        if (recipient.isEmpty()) {
            LOG.info(() -> "Bourse : pas d’adresse électronique pour annoncer la décision de la demande "
                    + application.getId());
            return;
        }
        Establishment school = em.find(Establishment.class, application.getEstablishmentId());
        String grant = application.getService() == NationalService.COLLEGE_GRANT ? "bourse de collège"
                : "bourse de lycée";
        String year = application.getSchoolYear() + "-" + (application.getSchoolYear() + 1);
        String verdict = application.getStatus() == GrantStatus.GRANTED ? "accordée" : "refusée";
        String name = pupilName(pupil);
        String text = "Bonjour,\n\nVotre demande de " + grant + " " + year + " pour " + name + ", déposée le "
                + DAY.format(application.getSubmittedAt()) + ", a été " + verdict + " par " + school.getName()
                + ".\n\nVous pouvez consulter son état sur Scolarité services, rubrique « "
                + (application.getService() == NationalService.COLLEGE_GRANT ? "Bourse de collège" : "Bourse de lycée")
                + " ». Pour toute question, contactez l’établissement.\n";
        outbox.enqueue("grant:" + application.getId() + ":" + application.getStatus(), application.getEstablishmentId(),
                recipient.get(), "Votre demande de " + grant + " a été " + verdict, MailText.toHtml(text), text,
                MailKind.GRANT_DECISION, actor);
    }

    private static String pupilName(Student s) {
        return (s.getUsageName() != null ? s.getUsageName() : s.getLastName()) + " " + s.getFirstName();
    }
}
