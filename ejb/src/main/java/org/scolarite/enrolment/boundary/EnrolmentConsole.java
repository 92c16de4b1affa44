package org.scolarite.enrolment.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.scolarite.enrolment.control.EnrolmentRecords;
import org.scolarite.enrolment.control.FollowUpExport;
import org.scolarite.enrolment.entity.ChoiceProblem;
import org.scolarite.enrolment.entity.EnrolmentCampaign;
import org.scolarite.enrolment.entity.EnrolmentOption;
import org.scolarite.enrolment.entity.EnrolmentRejected;
import org.scolarite.enrolment.entity.EnrolmentStatus;
import org.scolarite.enrolment.entity.FollowUpRow;
import org.scolarite.enrolment.entity.MefOptionRule;
import org.scolarite.enrolment.entity.OptionKind;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.structure.entity.Mef;

/**
 * The console's side of « Inscription en ligne au lycée » (R-INSC-1): the lycée's campaign (message, deadline), its
 * options and their combination rules per MEF, « simuler une inscription en ligne » (the family's rules, nothing
 * written), and the follow-up of the enrolments with its CSV and Excel exports — for the lycée, the pupils assigned
 * to it; for a collège, its pupils assigned anywhere (a refusal shows there). Head and delegate only, checked here on
 * the establishment asked; every MEF id is looked up within that establishment's rules.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class EnrolmentConsole {

    private static final Logger LOG = Logger.getLogger(EnrolmentConsole.class.getName());

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private StaffDirectory staff;

    @Inject
    private EnrolmentRecords records;

    private final FollowUpExport export = new FollowUpExport();

    public LyceeSetup setup(String actor, long lyceeId) {
        require(actor, lyceeId);
        EnrolmentCampaign campaign = records.campaign(lyceeId).orElse(null);
        List<LyceeSetup.MefRule> rules = new ArrayList<>();
        for (MefOptionRule rule : records.rules(lyceeId)) {
            rules.add(view(rule));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> mefs = em.createNativeQuery("SELECT m.id, m.label FROM mef m WHERE (m.id IN (SELECT s.mef_id "
                        + "FROM student s WHERE s.establishment_id = ?) OR m.id IN (SELECT a.mef_id FROM "
                        + "enrolment_assignment a WHERE a.lycee_id = ?)) AND m.id NOT IN (SELECT r.mef_id FROM "
                        + "enrolment_mef_rule r WHERE r.establishment_id = ?) ORDER BY m.label")
                .setParameter(1, lyceeId).setParameter(2, lyceeId).setParameter(3, lyceeId).getResultList();
        return new LyceeSetup(campaign == null ? null : campaign.getMessage(),
                campaign == null ? null : campaign.getDeadline(), rules,
                mefs.stream().map(m -> new LyceeSetup.MefChoice(((Number) m[0]).longValue(), (String) m[1]))
                        .toList());
    }

    public void saveCampaign(String actor, long lyceeId, String message, java.time.LocalDate deadline) {
        require(actor, lyceeId);
        EnrolmentCampaign campaign = records.campaign(lyceeId).orElse(null);
        if (campaign == null) {
            em.persist(new EnrolmentCampaign(lyceeId, message, deadline));
        } else {
            campaign.set(message, deadline);
        }
        LOG.info(() -> "Campagne d’inscription de l’établissement " + lyceeId + " enregistrée par " + actor
                + " (date limite " + deadline + ")");
    }

    /** Creates the MEF's rule with no option (0 to 0 optional teachings) when it has none. */
    public void addMef(String actor, long lyceeId, long mefId) {
        require(actor, lyceeId);
        if (records.rule(lyceeId, mefId).isPresent()) {
            return;
        }
        Mef mef = em.find(Mef.class, mefId);
        if (mef == null) {
            throw new EnrolmentRejected("mef", "Formation inconnue.");
        }
        em.persist(new MefOptionRule(lyceeId, mef, 0, 0));
    }

    public void limit(String actor, long lyceeId, long mefId, int min, int max) {
        rule(actor, lyceeId, mefId).limit(min, max);
    }

    public void offer(String actor, long lyceeId, long mefId, String code, String label, OptionKind kind) {
        String typed = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        rule(actor, lyceeId, mefId).offer(new EnrolmentOption(typed, label, kind));
    }

    public void withdraw(String actor, long lyceeId, long mefId, String code) {
        rule(actor, lyceeId, mefId).withdraw(code);
    }

    public void forbid(String actor, long lyceeId, long mefId, String one, String other) {
        rule(actor, lyceeId, mefId).forbid(one, other);
    }

    public void allow(String actor, long lyceeId, long mefId, String one, String other) {
        rule(actor, lyceeId, mefId).allow(one, other);
    }

    /** « Simuler une inscription en ligne »: what the family would be told for these wishes; nothing is written. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ChoiceProblem> simulate(String actor, long lyceeId, long mefId, Set<String> codes) {
        return rule(actor, lyceeId, mefId).check(codes);
    }

    /** The follow-up: the pupils assigned to this lycée, or this collège's assigned pupils, by name. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FollowUpRow> followUp(String actor, long establishmentId) {
        require(actor, establishmentId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, s.last_name, s.first_name, c.name, d.code, l.name, "
                        + "COALESCE(m.edition_label, m.label), e.status, e.updated_at, e.home_phone, e.mobile_phone, "
                        + "e.email, e.address_note, e.id, a.lycee_id, a.mef_id FROM enrolment_assignment a "
                        + "JOIN student s ON s.id = a.student_id JOIN establishment c ON c.id = a.establishment_id "
                        + "JOIN establishment l ON l.id = a.lycee_id JOIN mef m ON m.id = a.mef_id "
                        + "LEFT JOIN division d ON d.id = s.division_id LEFT JOIN enrolment e ON e.assignment_id = a.id "
                        + "WHERE a.lycee_id = ? OR a.establishment_id = ? ORDER BY s.last_name, s.first_name, a.id")
                .setParameter(1, establishmentId).setParameter(2, establishmentId).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> choices = em.createNativeQuery("SELECT ch.enrolment_id, ch.option_code FROM enrolment_choice ch "
                        + "JOIN enrolment e ON e.id = ch.enrolment_id JOIN enrolment_assignment a ON a.id = "
                        + "e.assignment_id WHERE a.lycee_id = ? OR a.establishment_id = ? ORDER BY ch.option_code")
                .setParameter(1, establishmentId).setParameter(2, establishmentId).getResultList();
        Map<Long, List<String>> codes = new LinkedHashMap<>();
        for (Object[] choice : choices) {
            codes.computeIfAbsent(((Number) choice[0]).longValue(), k -> new ArrayList<>()).add((String) choice[1]);
        }
        Map<String, MefOptionRule> rules = new LinkedHashMap<>();
        List<FollowUpRow> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Long enrolmentId = row[13] == null ? null : ((Number) row[13]).longValue();
            long lyceeId = ((Number) row[14]).longValue();
            long mefId = ((Number) row[15]).longValue();
            MefOptionRule rule = rules.computeIfAbsent(lyceeId + ":" + mefId,
                    k -> records.rule(lyceeId, mefId).orElse(null));
            List<String> labels = codes.getOrDefault(enrolmentId, List.of()).stream()
                    .map(code -> rule == null ? code : rule.label(code)).toList();
            result.add(new FollowUpRow(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4], (String) row[5], (String) row[6],
                    row[7] == null ? null : EnrolmentStatus.valueOf(((String) row[7]).strip()), moment(row[8]),
                    labels, (String) row[9], (String) row[10], (String) row[11], (String) row[12]));
        }
        return result;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void writeCsv(String actor, long establishmentId, OutputStream out) {
        export.csv(followUp(actor, establishmentId), out);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void writeExcel(String actor, long establishmentId, OutputStream out) {
        export.excel(followUp(actor, establishmentId), out);
    }

    private MefOptionRule rule(String actor, long lyceeId, long mefId) {
        require(actor, lyceeId);
        return records.rule(lyceeId, mefId).orElseThrow(() -> {
            LOG.warning(() -> "Inscription en ligne : " + actor + " a demandé la formation " + mefId
                    + " sans règle dans l’établissement " + lyceeId);
            return new EnrolmentRejected("mef", "Cette formation n’a pas d’options paramétrées.");
        });
    }

    private void require(String actor, long establishmentId) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE);
    }

    private static LyceeSetup.MefRule view(MefOptionRule rule) {
        List<LyceeSetup.Option> options = Arrays.stream(OptionKind.values())
                .flatMap(kind -> rule.options(kind).stream())
                .map(o -> new LyceeSetup.Option(o.getCode(), o.getLabel(), o.getKind())).toList();
        List<LyceeSetup.Pair> pairs = rule.getIncompatibilities().stream()
                .map(p -> new LyceeSetup.Pair(p.getFirstCode(), p.getSecondCode(), rule.label(p.getFirstCode()),
                        rule.label(p.getSecondCode()))).toList();
        return new LyceeSetup.MefRule(rule.getMef().getId(), rule.getMef().getLabel(), rule.getMinOptional(),
                rule.getMaxOptional(), options, pairs);
    }

    private static LocalDateTime moment(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDateTime time ? time : ((Timestamp) value).toLocalDateTime();
    }
}
