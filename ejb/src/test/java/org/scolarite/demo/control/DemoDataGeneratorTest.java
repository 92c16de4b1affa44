package org.scolarite.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountState;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;

/** The demo data has the shapes the issue asks for, written through the domain. */
class DemoDataGeneratorTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);
    private static List<Object> entities;

    @BeforeAll
    static void generate() {
        entities = run(42L, DemoScale.DEMO);
    }

    private static List<Object> run(long seed, DemoScale scale) {
        List<Object> out = new ArrayList<>();
        int[] counter = {0};
        DemoAccountPlanner planner = new DemoAccountPlanner(seed, NOW, "hash",
                () -> "cipher-" + counter[0]++);
        new DemoDataGenerator(seed, scale, NOW.toLocalDate(), planner).generate(out::add);
        return out;
    }

    private static <T> List<T> all(Class<T> type) {
        return entities.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    @DisplayName("a collège (6e–3e) and a lycée (2nde–Tle) of 600 pupils each")
    void two_establishments_of_600() {
        Map<EstablishmentKind, Long> pupils = all(Student.class).stream()
                .collect(Collectors.groupingBy(s -> s.getEstablishment().getKind(), Collectors.counting()));
        assertThat(pupils).containsEntry(EstablishmentKind.COLLEGE, 600L).containsEntry(EstablishmentKind.LYCEE, 600L);
        assertThat(all(Student.class)).extracting(s -> s.getMef().getLabel()).contains("6EME", "3EME",
                "2NDE GENERALE ET TECHNOLOGIQUE", "TERMINALE GENERALE");
        assertThat(all(Student.class)).allSatisfy(s -> assertThat(s.getDivision()).isNotNull());
        assertThat(all(Student.class)).anySatisfy(s -> assertThat(s.getGroups()).isNotEmpty());
    }

    @Test
    @DisplayName("single-parent and two-parent families, tutors, and contacts who are not legal guardians")
    void family_shapes() {
        Map<Student, List<GuardianLink>> links = all(GuardianLink.class).stream()
                .collect(Collectors.groupingBy(GuardianLink::getStudent));
        assertThat(links.values()).anySatisfy(l -> assertThat(l.stream().filter(x -> x.getLegalRank().isLegal())).hasSize(1));
        assertThat(links.values()).anySatisfy(l -> assertThat(l.stream().filter(x -> x.getLegalRank().isLegal())).hasSize(2));
        assertThat(all(GuardianLink.class)).anySatisfy(l -> assertThat(l.getRelationship()).isEqualTo("50"));
        assertThat(all(GuardianLink.class)).anySatisfy(l -> assertThat(l.getLegalRank()).isEqualTo(LegalRank.OTHER));
        assertThat(links).hasSize(1200);
    }

    @Test
    @DisplayName("siblings share their guardians inside one establishment")
    void siblings() {
        Map<Guardian, Long> childrenPerGuardian = all(GuardianLink.class).stream()
                .collect(Collectors.groupingBy(GuardianLink::getGuardian, Collectors.counting()));
        assertThat(childrenPerGuardian.values()).contains(2L);
    }

    @Test
    @DisplayName("some guardians have children in both schools (a record in each, as SIECLE has)")
    void guardians_in_both_schools() {
        Function<Guardian, String> person = g -> g.getFirstName() + "|" + g.getLastName() + "|" + g.getAddress().formatted();
        Set<String> inCollege = all(Guardian.class).stream()
                .filter(g -> g.getEstablishment().getKind() == EstablishmentKind.COLLEGE).map(person).collect(Collectors.toSet());
        long inBoth = all(Guardian.class).stream()
                .filter(g -> g.getEstablishment().getKind() == EstablishmentKind.LYCEE).map(person)
                .filter(inCollege::contains).count();
        assertThat(inBoth).isGreaterThanOrEqualTo(10);
        assertThat(all(Guardian.class)).filteredOn(g -> g.getFirstName().equals("Claire") && g.getLastName().equals("Durand"))
                .extracting(g -> g.getEstablishment().getKind())
                .containsExactlyInAnyOrder(EstablishmentKind.COLLEGE, EstablishmentKind.LYCEE);
    }

    @Test
    @DisplayName("most guardians have a school e-mail, every one has an address; names carry accents, hyphens, apostrophes")
    void contact_details_and_names() {
        List<Guardian> guardians = all(Guardian.class);
        long withEmail = guardians.stream().filter(Guardian::hasEmail).count();
        assertThat((double) withEmail / guardians.size()).isBetween(0.75, 0.95);
        assertThat(guardians).allSatisfy(g -> assertThat(g.getAddress().isDeliverable()).isTrue());
        List<String> names = all(Student.class).stream().map(s -> s.getFirstName() + " " + s.getLastName()).toList();
        assertThat(names).anyMatch(n -> n.matches(".*[éèëïœü].*"));
        assertThat(names).anyMatch(n -> n.contains("-"));
        assertThat(names).anyMatch(n -> n.contains("'"));
    }

    @Test
    @DisplayName("R-ACC-1: one account per pupil and per entitled (guardian, pupil), pre-created then spread over every state")
    void accounts_in_every_state() {
        List<Account> accounts = all(Account.class);
        assertThat(accounts).filteredOn(a -> a.getKind() == AccountKind.STUDENT).hasSize(1200);
        long entitled = all(GuardianLink.class).stream().filter(GuardianLink::entitlesToAccount).count();
        assertThat(accounts).filteredOn(a -> a.getKind() == AccountKind.GUARDIAN).hasSize((int) entitled);
        assertThat(accounts).extracting(Account::getState).containsAll(EnumSet.of(AccountState.NOT_NOTIFIED,
                AccountState.NOTIFIED, AccountState.ACTIVATING, AccountState.IN_USE));
        assertThat(accounts).extracting(a -> a.getUsername().value()).doesNotHaveDuplicates();
        assertThat(accounts).extracting(a -> a.getUsername().value())
                .contains("claire.durand", "claire.durand1", "lea.durand", "hugo.durand");
    }

    @Test
    @DisplayName("the same seed gives the same data")
    void deterministic() {
        List<String> first = run(7L, new DemoScale(1, 1, 40)).stream().filter(Student.class::isInstance)
                .map(s -> ((Student) s).getFirstName() + ((Student) s).getLastName()).toList();
        List<String> second = run(7L, new DemoScale(1, 1, 40)).stream().filter(Student.class::isInstance)
                .map(s -> ((Student) s).getFirstName() + ((Student) s).getLastName()).toList();
        assertThat(first).isEqualTo(second).hasSize(80);
    }

    @Test
    @DisplayName("the size parameter scales to many establishments of the académie")
    void scales() {
        List<Object> big = run(3L, new DemoScale(5, 2, 30));
        assertThat(big.stream().filter(Establishment.class::isInstance)).hasSize(7);
        assertThat(big.stream().filter(Student.class::isInstance)).hasSize(210);
        assertThat(big.stream().filter(Establishment.class::isInstance).map(e -> ((Establishment) e).getUai()))
                .doesNotHaveDuplicates();
        assertThat(DemoDataGenerator.startYearOf(LocalDate.of(2027, 3, 1))).isEqualTo(2026);
        assertThat(DemoDataGenerator.startYearOf(LocalDate.of(2026, 9, 1))).isEqualTo(2026);
    }
}
