package org.scolarite.payment.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.payment.control.PaymentGateway;
import org.scolarite.payment.control.PaymentOrder;
import org.scolarite.payment.entity.GatewayReturn;
import org.scolarite.payment.entity.Invoice;
import org.scolarite.payment.entity.OnlinePayment;
import org.scolarite.payment.entity.PaymentAmount;
import org.scolarite.payment.entity.PaymentNotification;
import org.scolarite.payment.entity.PaymentRefused;
import org.scolarite.payment.entity.PaymentStatus;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.entity.PaymentSettings;
import org.scolarite.settings.entity.Setting;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * « Paiement des factures » for families (R-PAY-2). Every call takes the family view the portal's access filter
 * checked (child opened by the account, service open for him) and checks again here that the service is open and that
 * the invoice or payment asked is the shown child's: an id of another family is refused and logged. Payment needs the
 * school's set-up in effect today (R-PAY-1: the day after it was saved) and a gateway.
 *
 * <p>The gateway's answers — its server-to-server notification and the browser's return, which carry the same
 * notification id — go through {@link #answer}, the one transition: signature verified, order locked, amount compared
 * to the cent, applied once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class InvoicePayments {

    /** How long an order waiting for the bank's answer holds back its amount (PayFiP's payment page lasts less). */
    static final Duration ORDER_HELD = Duration.ofMinutes(30);

    private static final Logger LOG = Logger.getLogger(InvoicePayments.class.getName());
    private static final ServiceKey PAYMENT = ServiceKey.of(NationalService.PAYMENT);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]{16,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private EstablishmentSettings settings;

    @Inject
    private PaymentGateway gateway;

    @Inject
    private Clock clock;

    /** The shown child's invoices, oldest due first, and his online payments, newest first. */
    public FamilyInvoices invoices(FamilyView view) {
        requireService(view, "factures");
        Optional<PaymentSettings> terms = termsToday(view);
        LocalDate today = LocalDate.now(clock);
        List<InvoiceLine> invoices = em.createQuery("SELECT i FROM Invoice i WHERE i.student.id = :student "
                        + "AND i.establishmentId = :establishment ORDER BY i.dueOn, i.number", Invoice.class)
                .setParameter("student", view.child().studentId())
                .setParameter("establishment", view.establishmentId())
                .getResultList().stream().map(i -> line(i, terms, today)).toList();
        List<PaymentLine> payments = em.createQuery("SELECT p FROM OnlinePayment p JOIN FETCH p.invoice "
                        + "WHERE p.studentId = :student ORDER BY p.createdAt DESC", OnlinePayment.class)
                .setParameter("student", view.child().studentId())
                .getResultList().stream().map(InvoicePayments::paymentLine).toList();
        return new FamilyInvoices(invoices, payments, terms.isPresent(),
                terms.map(PaymentSettings::minimumAmount).orElse(null),
                terms.map(PaymentSettings::contactEmail).orElse(null));
    }

    /** The « Payer » form of one of the shown child's invoices; refused (logged) for anybody else's. */
    public PaymentForm form(FamilyView view, long invoiceId) {
        requireService(view, "facture " + invoiceId);
        Invoice invoice = ownInvoice(view, invoiceId);
        PaymentSettings terms = requireTerms(view);
        return new PaymentForm(line(invoice, Optional.of(terms), LocalDate.now(clock)), terms.minimumAmount(),
                terms.contactEmail(), view.child().establishmentName());
    }

    /**
     * Creates the payment order for the typed amount (at least the minimum, at most the balance, two decimals) and
     * gives the gateway's address. {@code token} is the form's: submitted again, it finds the order it created.
     */
    public PaymentStarted start(FamilyView view, long invoiceId, String typedAmount, String token) {
        requireService(view, "facture " + invoiceId);
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new PaymentRefused(null, "Le formulaire a expiré\u00a0: rechargez la page.");
        }
        Optional<OnlinePayment> already = em.createQuery("SELECT p FROM OnlinePayment p WHERE p.requestToken = :t "
                        + "AND p.accountId = :account", OnlinePayment.class)
                .setParameter("t", token).setParameter("account", view.accountId()).getResultStream().findFirst();
        if (already.isPresent()) {
            OnlinePayment order = already.get();
            return new PaymentStarted(order.getReference(), order.getStatus(), order.getStatus().isFinal() ? null
                    : gateway.createOrder(order(order, requireTerms(view))));
        }
        // The invoice's row is locked: two orders of one family for the same invoice are checked one after the other.
        Invoice invoice = ownInvoice(view, invoiceId);
        em.lock(invoice, LockModeType.PESSIMISTIC_WRITE);
        PaymentSettings terms = requireTerms(view);
        BigDecimal amount = PaymentAmount.check(PaymentAmount.parse(typedAmount), terms.minimumAmount(),
                invoice.balance(), inProgress(invoice));
        if (!gateway.available()) {
            throw new PaymentRefused(null, "Le paiement en ligne est momentanément indisponible\u00a0: réessayez "
                    + "plus tard ou contactez " + terms.contactEmail() + ".");
        }
        OnlinePayment order = new OnlinePayment(invoice, view.accountId(), view.username(), amount, token, RANDOM,
                LocalDateTime.now(clock));
        em.persist(order);
        em.flush();
        LOG.info(() -> "Ordre de paiement " + order.getReference() + " créé : compte " + view.username()
                + ", facture " + invoice.getNumber() + ", " + amount + " €");
        return new PaymentStarted(order.getReference(), order.getStatus(), gateway.createOrder(order(order, terms)));
    }

    /**
     * What the invoice's orders still waiting for the bank's answer hold back. An order the bank never answers (a tab
     * closed on the gateway's page) stops holding after {@link #ORDER_HELD}: the gateway's own session is over by then.
     */
    private BigDecimal inProgress(Invoice invoice) {
        BigDecimal held = em.createQuery("SELECT SUM(p.amount) FROM OnlinePayment p WHERE p.invoice = :invoice "
                        + "AND p.status = :pending AND p.createdAt > :since", BigDecimal.class)
                .setParameter("invoice", invoice).setParameter("pending", PaymentStatus.PENDING)
                .setParameter("since", LocalDateTime.now(clock).minus(ORDER_HELD)).getSingleResult();
        return held == null ? BigDecimal.ZERO : held;
    }

    /** The receipt of a payment, for the family of the pupil it paid for only (refused and logged otherwise). */
    public PaymentLine receipt(FamilyView view, String reference) {
        requireService(view, "reçu " + reference);
        Optional<OnlinePayment> payment = em.createQuery("SELECT p FROM OnlinePayment p JOIN FETCH p.invoice i "
                        + "JOIN FETCH i.student WHERE p.reference = :r", OnlinePayment.class)
                .setParameter("r", reference == null ? "" : reference).getResultStream().findFirst();
        if (payment.isEmpty() || view.children().stream().noneMatch(c -> c.studentId() == payment.get().getStudentId())) {
            refuse(view, "le reçu " + reference + (payment.isEmpty() ? " (inconnu)" : " d’une autre famille"));
        }
        return paymentLine(payment.get());
    }

    /**
     * The gateway's answer, from its server-to-server notification or the browser's return ({@code channel} names
     * which, for the log). Forged or tampered parameters, an unknown order or another amount change nothing and are
     * logged; a notification id already applied (a replay, or the second of notification and return) changes nothing.
     */
    public GatewayAnswer answer(Map<String, String> parameters, String channel) {
        Optional<GatewayReturn> verified = gateway.verify(parameters);
        if (verified.isEmpty()) {
            LOG.warning(() -> "Réponse de paiement refusée (" + channel + ") : paramètres ou signature invalides, "
                    + "refdet=" + printable(parameters.get(GatewayReturn.REFERENCE)) + " idop="
                    + printable(parameters.get(GatewayReturn.NOTIFICATION)));
            return GatewayAnswer.refused();
        }
        GatewayReturn answer = verified.get();
        Optional<OnlinePayment> found = em.createQuery("SELECT p FROM OnlinePayment p WHERE p.reference = :r",
                        OnlinePayment.class).setParameter("r", answer.reference())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        if (found.isEmpty()) {
            LOG.warning(() -> "Réponse de paiement refusée (" + channel + ") : ordre " + answer.reference()
                    + " inconnu");
            return GatewayAnswer.refused();
        }
        OnlinePayment payment = found.get();
        if (em.find(PaymentNotification.class, answer.notificationId()) != null) {
            LOG.info(() -> "Réponse de paiement déjà reçue (" + channel + ") : ordre " + answer.reference()
                    + ", notification " + answer.notificationId() + " ignorée");
            return new GatewayAnswer(true, payment.getReference(), payment.getStatus());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        switch (payment.settle(answer, now)) {
            case AMOUNT_MISMATCH -> {
                LOG.warning(() -> "Réponse de paiement refusée (" + channel + ") : ordre " + answer.reference()
                        + " de " + payment.getAmount() + " €, montant annoncé " + PaymentAmount.ofCents(
                        answer.amountCents()) + " €");
                return GatewayAnswer.refused();
            }
            case ALREADY_FINAL -> LOG.warning(() -> "Réponse de paiement ignorée (" + channel + ") : ordre "
                    + answer.reference() + " déjà " + payment.getStatus() + ", notification "
                    + answer.notificationId());
            case APPLIED -> {
                em.persist(new PaymentNotification(answer, now));
                LOG.info(() -> "Paiement " + answer.reference() + " : " + payment.getStatus() + " (" + channel + ")");
            }
        }
        return new GatewayAnswer(true, payment.getReference(), payment.getStatus());
    }

    private void requireService(FamilyView view, String asked) {
        if (view == null || !view.hasChild() || !view.isGuardian() || view.establishmentId() == null
                || !view.menu().allows(PAYMENT)) {
            refuse(view, asked + " (service non ouvert" + (view != null && view.hasChild()
                    ? " : " + view.menu().decision(PAYMENT) : "") + ")");
        }
    }

    private Invoice ownInvoice(FamilyView view, long invoiceId) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null || invoice.getStudent().getId() != view.child().studentId()
                || invoice.getEstablishmentId() != view.establishmentId()) {
            refuse(view, "la facture " + invoiceId + (invoice == null ? " (inconnue)" : " d’une autre famille"));
        }
        return invoice;
    }

    /** R-PAY-1: the set-up the family sees today, that is saved yesterday or before; none: not payable yet. */
    private Optional<PaymentSettings> termsToday(FamilyView view) {
        return Optional.ofNullable(settings.effectiveToday(view.establishmentId(), Setting.PAYMENT));
    }

    private PaymentSettings requireTerms(FamilyView view) {
        return termsToday(view).orElseThrow(() -> new PaymentRefused(null,
                "Le paiement en ligne n’est pas encore disponible dans l’établissement."));
    }

    private static void refuse(FamilyView view, String asked) {
        LOG.warning(() -> "Paiement refusé : compte " + (view == null ? null : view.username()) + " a demandé "
                + asked + (view != null && view.hasChild() ? " (élève " + view.child().studentId() + ")" : ""));
        throw new AccessDeniedException("Paiement : " + asked);
    }

    private InvoiceLine line(Invoice invoice, Optional<PaymentSettings> terms, LocalDate today) {
        boolean payable = terms.isPresent() && gateway.available()
                && PaymentAmount.payable(terms.get().minimumAmount(), invoice.balance());
        return new InvoiceLine(invoice.getId(), invoice.getNumber(), invoice.getLabel(), invoice.getIssuedOn(),
                invoice.getDueOn(), invoice.getAmount(), invoice.paid(), invoice.balance(), payable,
                !invoice.isSettled() && invoice.getDueOn().isBefore(today));
    }

    private static PaymentOrder order(OnlinePayment payment, PaymentSettings terms) {
        return new PaymentOrder(terms.tipiClientNumber(), payment.getReference(), payment.getAmount(),
                payment.getInvoice().getNumber());
    }

    static PaymentLine paymentLine(OnlinePayment p) {
        var student = p.getInvoice().getStudent();
        return new PaymentLine(p.getReference(), p.getCreatedAt(), p.getSettledAt(), p.getInvoice().getNumber(),
                p.getInvoice().getLabel(), student.getFirstName() + " " + student.getLastName(),
                student.getDivision() == null ? null : student.getDivision().getCode(), p.getAmount(), p.getStatus(),
                p.getPayer(), p.getAuthorisation());
    }

    /** What came from the request, reduced to safe characters: no forged line reaches the log. */
    private static String printable(String value) {
        if (value == null) {
            return null;
        }
        String safe = value.replaceAll("[^A-Za-z0-9-]", "?");
        return safe.length() > 64 ? safe.substring(0, 64) + "…" : safe;
    }
}
