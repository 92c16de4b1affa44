package org.scolarite.demo.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.Username;
import org.scolarite.infosheet.entity.ChangeRequest;
import org.scolarite.infosheet.entity.SheetField;
import org.scolarite.infosheet.entity.SheetRecords;
import org.scolarite.infosheet.entity.SheetReview;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.LegalRank;

/**
 * Pending changes of the information sheet (R-FICHE-1) at the demo collège, so that « Fiche de renseignements » of the
 * console has lines to decide: Claire Durand asked a new mobile phone for herself; in three families with two
 * guardians, légal 2 asked a new e-mail for the pupil — so that légal 1, signing in, finds the pupil's tab locked
 * (his identifier is logged).
 */
public final class InfoSheetDemo {

    private static final Logger LOG = Logger.getLogger(InfoSheetDemo.class.getName());

    private InfoSheetDemo() {
    }

    public static void seed(EntityManager em, LocalDateTime now) {
        em.flush();
        List<Account> claire = em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", Username.of("claire.durand")).getResultList();
        for (Account account : claire) {
            em.createQuery("SELECT l FROM GuardianLink l WHERE l.guardian = :g", GuardianLink.class)
                    .setParameter("g", account.getGuardian()).setMaxResults(1).getResultStream()
                    .forEach(link -> ask(em, link, account, SheetField.GUARDIAN_MOBILE_PHONE, "0645127890",
                            now.minusDays(1)));
        }
        List<Object[]> families = em.createQuery("SELECT l2, a2, a1 FROM GuardianLink l2, GuardianLink l1, "
                        + "Account a1, Account a2 WHERE l2.legalRank = :second AND l1.legalRank = :first "
                        + "AND l1.student = l2.student AND a1.guardian = l1.guardian AND a2.guardian = l2.guardian "
                        + "AND a1.state = :used AND a2.state = :used AND l2.student.establishment.kind = "
                        + "org.scolarite.structure.entity.EstablishmentKind.COLLEGE ORDER BY l2.student.id",
                        Object[].class)
                .setParameter("second", LegalRank.SECOND).setParameter("first", LegalRank.FIRST)
                .setParameter("used", AccountState.IN_USE).setMaxResults(3).getResultList();
        for (Object[] family : families) {
            GuardianLink link = (GuardianLink) family[0];
            String pupil = java.text.Normalizer.normalize(link.getStudent().getFirstName(),
                    java.text.Normalizer.Form.NFD).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
            ask(em, link, (Account) family[1], SheetField.PUPIL_EMAIL, pupil + ".eleve@example.org", now.minusHours(3));
            LOG.info(() -> "Fiche de renseignements de démonstration : le compte " + ((Account) family[2])
                    .getUsername().value() + " trouve la fiche de " + link.getStudent().getFirstName()
                    + " bloquée par la demande de l'autre responsable");
        }
        em.flush();
    }

    private static void ask(EntityManager em, GuardianLink link, Account account, SheetField field, String value,
                            LocalDateTime at) {
        String old = SheetRecords.read(link.getStudent(), link.getGuardian()).get(field);
        em.persist(new ChangeRequest(link.getStudent().getEstablishment().getId(), link.getStudent(),
                link.getGuardian(), account.getId(), new SheetReview.Change(field, old, value), at));
    }
}
