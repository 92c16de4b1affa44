package org.scolarite.enrolment.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.scolarite.structure.entity.Mef;

/**
 * What a lycée offers for one MEF and how the options combine (R-INSC-1): the options (LVB, LVC, enseignements
 * optionnels), how many optional teachings a family must and may choose, and the pairs that cannot go together.
 * {@link #check(Set)} is the one place these rules live: the family's step 2 and the lycée's « simuler une
 * inscription » both ask it.
 */
@Entity
@Table(name = "enrolment_mef_rule")
public class MefOptionRule {

    /** A MEF's optional teachings are few: the national 2nde GT offers a dozen at most. */
    public static final int MAX_OPTIONAL = 6;

    @Id
    @SequenceGenerator(name = "enrolment_mef_rule_seq", sequenceName = "enrolment_mef_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_mef_rule_seq")
    private Long id;

    /** The lycée: its settings, not the collège's. */
    @Column(name = "establishment_id", nullable = false)
    private long establishmentId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mef_id")
    private Mef mef;

    @Column(name = "min_optional", nullable = false)
    private short minOptional;

    @Column(name = "max_optional", nullable = false)
    private short maxOptional;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enrolment_option", joinColumns = @JoinColumn(name = "rule_id"))
    private List<EnrolmentOption> options = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enrolment_incompatibility", joinColumns = @JoinColumn(name = "rule_id"))
    private Set<Incompatibility> incompatibilities = new HashSet<>();

    @Version
    private int version;

    protected MefOptionRule() {
    }

    public MefOptionRule(long lyceeId, Mef mef, int minOptional, int maxOptional) {
        this.establishmentId = lyceeId;
        this.mef = Objects.requireNonNull(mef, "mef");
        limit(minOptional, maxOptional);
    }

    /** How many optional teachings: {@code 0 ≤ min ≤ max ≤ MAX_OPTIONAL}. */
    public void limit(int min, int max) {
        if (min < 0 || max > MAX_OPTIONAL || min > max) {
            throw new EnrolmentRejected("limits", "Le nombre d’enseignements optionnels doit aller d’un minimum à un "
                    + "maximum compris entre 0 et " + MAX_OPTIONAL + " (minimum inférieur ou égal au maximum).");
        }
        this.minOptional = (short) min;
        this.maxOptional = (short) max;
    }

    public void offer(EnrolmentOption option) {
        if (find(option.getCode()).isPresent()) {
            throw new EnrolmentRejected("code", "L’option " + option.getCode() + " est déjà proposée pour cette "
                    + "formation.");
        }
        options.add(option);
    }

    /** Withdraws an option, and the incompatibilities that named it. */
    public void withdraw(String code) {
        options.removeIf(o -> o.getCode().equals(code));
        incompatibilities.removeIf(i -> i.involves(code));
    }

    public void forbid(String one, String other) {
        if (find(one).isEmpty() || find(other).isEmpty()) {
            throw new EnrolmentRejected("incompatibility", "Choisissez deux options proposées pour cette formation.");
        }
        if (!incompatibilities.add(new Incompatibility(one, other))) {
            throw new EnrolmentRejected("incompatibility", "Ces deux options sont déjà incompatibles.");
        }
    }

    public void allow(String one, String other) {
        incompatibilities.remove(new Incompatibility(one, other));
    }

    /**
     * Every reason why {@code chosen} is not a valid set of wishes for this MEF, in the form's order; empty when it
     * is. A code the MEF does not offer is a reason too (the boundary treats it as a forged request).
     */
    public List<ChoiceProblem> check(Set<String> chosen) {
        List<ChoiceProblem> problems = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>(chosen);
        for (String code : codes) {
            if (find(code).isEmpty()) {
                problems.add(new ChoiceProblem("options", "L’option « " + code
                        + " » n’est pas proposée pour cette formation."));
            }
        }
        long lvbOffered = count(OptionKind.LVB, null);
        long lvb = count(OptionKind.LVB, codes);
        if (lvbOffered > 0 && lvb == 0) {
            problems.add(new ChoiceProblem("lvb", "Choisissez une langue vivante B."));
        } else if (lvb > 1) {
            problems.add(new ChoiceProblem("lvb", "Une seule langue vivante B peut être choisie."));
        }
        if (count(OptionKind.LVC, codes) > 1) {
            problems.add(new ChoiceProblem("lvc", "Une seule langue vivante C peut être choisie."));
        }
        long optional = count(OptionKind.OPTIONAL, codes);
        if (optional < minOptional) {
            problems.add(new ChoiceProblem("optional", minOptional == 1
                    ? "Choisissez au moins un enseignement optionnel."
                    : "Choisissez au moins " + minOptional + " enseignements optionnels."));
        } else if (optional > maxOptional) {
            problems.add(new ChoiceProblem("optional", maxOptional == 0
                    ? "Cette formation ne propose pas d’enseignement optionnel."
                    : "Choisissez au plus " + maxOptional + (maxOptional == 1 ? " enseignement optionnel."
                    : " enseignements optionnels.")));
        }
        incompatibilities.stream()
                .filter(i -> codes.contains(i.getFirstCode()) && codes.contains(i.getSecondCode()))
                .sorted(Comparator.comparing(Incompatibility::getFirstCode)
                        .thenComparing(Incompatibility::getSecondCode))
                .forEach(i -> problems.add(new ChoiceProblem(fieldOf(i.getSecondCode()), "« "
                        + label(i.getFirstCode()) + " » et « " + label(i.getSecondCode())
                        + " » ne peuvent pas être choisis ensemble.")));
        return problems;
    }

    /** Whether every code is one this MEF offers: anything else did not come from the form. */
    public boolean offersAll(Set<String> codes) {
        return codes.stream().allMatch(code -> find(code).isPresent());
    }

    public Optional<EnrolmentOption> find(String code) {
        return options.stream().filter(o -> o.getCode().equals(code)).findFirst();
    }

    public String label(String code) {
        return find(code).map(EnrolmentOption::getLabel).orElse(code);
    }

    public List<EnrolmentOption> options(OptionKind kind) {
        return options.stream().filter(o -> o.getKind() == kind)
                .sorted(Comparator.comparing(EnrolmentOption::getLabel, Collator.getInstance(Locale.FRENCH))).toList();
    }

    private String fieldOf(String code) {
        return find(code).map(o -> o.getKind().name().toLowerCase(Locale.ROOT)).orElse("options");
    }

    private long count(OptionKind kind, Set<String> among) {
        return options.stream().filter(o -> o.getKind() == kind)
                .filter(o -> among == null || among.contains(o.getCode())).count();
    }

    public Long getId() { return id; }
    public long getEstablishmentId() { return establishmentId; }
    public Mef getMef() { return mef; }
    public int getMinOptional() { return minOptional; }
    public int getMaxOptional() { return maxOptional; }
    public List<EnrolmentOption> getOptions() { return List.copyOf(options); }

    public List<Incompatibility> getIncompatibilities() {
        return incompatibilities.stream().sorted(Comparator.comparing(Incompatibility::getFirstCode)
                .thenComparing(Incompatibility::getSecondCode)).toList();
    }
}
