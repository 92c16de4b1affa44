package org.scolarite.demo.control;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.account.entity.Username;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.Student;

/**
 * Pre-creates the demo accounts through the account life cycle (R-ACC-1…5) and spreads them over every state, as
 * a school weeks after the rentrée looks: some not notified yet, some notified, guardians waiting to validate
 * their e-mail, most in use. Identifiers are allocated in memory (R-ACC-2): the generator is the only writer.
 */
public class DemoAccountPlanner implements DemoDataGenerator.AccountPlanner {

    static final String ACTOR = "démonstration";

    private final Random random;
    private final LocalDateTime now;
    private final String demoPasswordHash;
    private final Supplier<String> encryptedTemporaryPassword;
    private final Map<String, Set<String>> takenByBase = new HashMap<>();

    /**
     * @param demoPasswordHash one hash of the README's password, shared by every activated demo account: hashing
     *                         it per account (PBKDF2, 210 000 iterations) would make seeding take minutes
     */
    public DemoAccountPlanner(long seed, LocalDateTime now, String demoPasswordHash,
                              Supplier<String> encryptedTemporaryPassword) {
        this.random = new Random(seed);
        this.now = now;
        this.demoPasswordHash = demoPasswordHash;
        this.encryptedTemporaryPassword = encryptedTemporaryPassword;
    }

    @Override
    public void studentEnrolled(Student student, boolean showcase, EntitySink sink) {
        Account account = Account.forStudent(student, allocate(student.getFirstName(), student.displayLastName()),
                createdAt(), ACTOR);
        int draw = showcase ? 99 : random.nextInt(100);
        if (draw >= 20) {
            account.notifyBy(NotificationMode.LETTER, notifiedAt(), ACTOR, encryptedTemporaryPassword);
        }
        if (draw >= 50) {
            account.activateAsStudent(student.getBirthDate(), demoPasswordHash, null, activatedAt());
        }
        sink.persist(account);
    }

    @Override
    public void guardianLinked(GuardianLink link, boolean showcase, EntitySink sink) {
        if (!link.entitlesToAccount()) {
            return;
        }
        Guardian guardian = link.getGuardian();
        Account account = Account.forGuardian(guardian, link.getStudent(),
                allocate(guardian.getFirstName(), guardian.displayLastName()), createdAt(), ACTOR);
        int draw = showcase ? 99 : random.nextInt(100);
        if (draw >= 20) {
            NotificationMode mode = guardian.hasEmail() && random.nextBoolean()
                    ? NotificationMode.EMAIL : NotificationMode.LETTER;
            account.notifyBy(mode, notifiedAt(), ACTOR, encryptedTemporaryPassword);
        }
        if (draw >= 45 && guardian.hasEmail()) {
            LocalDateTime activation = activatedAt();
            account.activateAsGuardian(link.getStudent().getBirthDate(), guardian.getEmail(), demoPasswordHash,
                    activation);
            if (draw >= 55) {
                account.validateEmail(activation.plusHours(1), guardian.getEmail());
            }
        }
        sink.persist(account);
    }

    private Username allocate(String firstName, String lastName) {
        Username base = Username.base(firstName, lastName);
        Set<String> taken = takenByBase.computeIfAbsent(base.value(), b -> new HashSet<>());
        Username username = Username.allocate(base, taken);
        taken.add(username.value());
        return username;
    }

    /** Pre-created before the first notifications, as the nightly replication does at the rentrée. */
    private LocalDateTime createdAt() {
        return now.minusDays(55);
    }

    /** Notified during the last seven weeks: within the three months of R-ACC-6, so none is already due. */
    private LocalDateTime notifiedAt() {
        return now.minusDays(20 + random.nextInt(30));
    }

    private LocalDateTime activatedAt() {
        return now.minusDays(random.nextInt(19));
    }
}
