package org.scolarite.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scolarite.account.boundary.AccountDirectory;
import org.scolarite.account.boundary.AccountFilter;
import org.scolarite.account.boundary.Couple;
import org.scolarite.account.boundary.Option;
import org.scolarite.account.control.PasswordHashing;
import org.scolarite.account.control.TemporaryPasswordCipher;
import org.scolarite.account.entity.TemporaryPassword;
import org.scolarite.demo.control.DemoAccountPlanner;
import org.scolarite.demo.control.DemoDataGenerator;
import org.scolarite.demo.control.DemoScale;
import org.scolarite.demo.control.EntitySink;
import org.scolarite.notification.boundary.AccountNotifications;
import org.scolarite.notification.boundary.NotificationRuns;
import org.scolarite.notification.boundary.RunSummary;
import org.scolarite.notification.control.RawLetterRate;
import org.scolarite.notification.entity.Transmission;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.structure.entity.Establishment;

/**
 * The mass-notification benchmark of A2 (run by {@code bin/bench}, never by {@code bin/test}): on a fresh database,
 * generates a collège of 1 500 pupils with the demo generator (families, accounts in every state), notifies every
 * guardian by « courriel et papier » and every pupil on paper, division by division as the console does, then prints
 * every letter as the console's download does, into a stream that only counts bytes. It measures, inside the server:
 * couples notified and e-mails queued per second, letters rendered per second, the peak heap while printing (a third
 * of the letters, then all of them: flat memory means the same peak), and the raw rate of iText for the same one-page
 * letter without the application ({@link RawLetterRate}). The figures go to a file in the server's temporary
 * directory, which {@code bin/bench} prints (server and client run on the same machine).
 */
@ExtendWith(ArquillianExtension.class)
class NotificationBenchmark {

    private static final int PUPILS = 1_500;
    private static final Path FIGURES = Path.of(System.getProperty("java.io.tmpdir"), "teleservices-benchmark.txt");
    private static final String HEAD = "bench.head";

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("notification-benchmark", NotificationBenchmark.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private TemporaryPasswordCipher cipher;

    @Inject
    private Clock clock;

    @Inject
    private AccountDirectory directory;

    @Inject
    private AccountNotifications notifications;

    @Inject
    private NotificationRuns runs;

    @Test
    @DisplayName("Benchmark: notify and print a 1 500-pupil collège (R-MASS-1, R-MASS-2)")
    void notifyAndPrintAWholeCollege() throws Exception {
        List<String> out = new ArrayList<>();
        long establishmentId = generate(out);

        List<Option> divisions = directory.divisions(HEAD, establishmentId);
        List<Long> runIds = new ArrayList<>();
        int couples = 0;
        int emails = 0;
        int guardianLetters = 0;
        long start = System.nanoTime();
        for (Option division : divisions) {
            List<Couple> selection = directory.guardianCoupleKeys(HEAD, establishmentId,
                    AccountFilter.division(division.id()));
            RunSummary run = notifications.notifyGuardians(HEAD, establishmentId, selection,
                    Transmission.EMAIL_AND_PAPER);
            couples += selection.size();
            emails += run.emails();
            guardianLetters += run.letters();
            runIds.add(run.id());
        }
        double guardianSeconds = seconds(start);
        start = System.nanoTime();
        int pupilLetters = 0;
        for (Option division : divisions) {
            List<Couple> selection = directory.studentKeys(HEAD, establishmentId,
                    AccountFilter.division(division.id()));
            RunSummary run = notifications.notifyStudents(HEAD, establishmentId, selection, false);
            pupilLetters += run.letters();
            runIds.add(run.id());
        }
        double pupilSeconds = seconds(start);
        out.add(String.format(Locale.ROOT, "guardians: %d couples in %d divisions notified in %.1f s "
                        + "(%.0f couples/s); %d e-mails queued (%.0f e-mails/s), %d letter lines",
                couples, divisions.size(), guardianSeconds, couples / guardianSeconds, emails,
                emails / guardianSeconds, guardianLetters));
        out.add(String.format(Locale.ROOT, "pupils: %d accounts notified on paper in %.1f s (%.0f/s)", pupilLetters,
                pupilSeconds, pupilLetters / pupilSeconds));

        Printed third = print(establishmentId, runIds.subList(0, Math.max(1, runIds.size() / 3)));
        Printed all = print(establishmentId, runIds);
        out.add(String.format(Locale.ROOT, "letters (a third of the runs): %d letters, %d pages, %.1f MB in %.2f s "
                        + "(%.0f letters/s), peak heap %d MiB", third.letters, third.pages, third.bytes / 1e6,
                third.seconds, third.letters / third.seconds, third.peakHeapMiB));
        out.add(String.format(Locale.ROOT, "letters (all runs): %d letters, %d pages, %.1f MB in %.2f s "
                        + "(%.0f letters/s), peak heap %d MiB", all.letters, all.pages, all.bytes / 1e6,
                all.seconds, all.letters / all.seconds, all.peakHeapMiB));
        double raw = RawLetterRate.rawLettersPerSecond(all.letters);
        out.add(String.format(Locale.ROOT, "raw iText, same one-page letter without the application: %.0f letters/s;"
                + " application / raw = %.0f %%", raw, 100 * (all.letters / all.seconds) / raw));
        Files.write(FIGURES, out, StandardCharsets.UTF_8);
        assertThat(all.letters).as("every letter was printed").isPositive();
    }

    /** The collège of the demo generator at 1 500 pupils, activated, with a head to act as. */
    private long generate(List<String> out) throws Exception {
        long start = System.nanoTime();
        tx.begin();
        String hash = hashing.hash("Bench-2026".toCharArray());
        SecureRandom random = new SecureRandom();
        LocalDateTime now = LocalDateTime.now(clock);
        DemoAccountPlanner planner = new DemoAccountPlanner(7, now, hash,
                () -> cipher.encrypt(TemporaryPassword.generate(random)));
        new DemoDataGenerator(7, new DemoScale(1, 0, PUPILS), now.toLocalDate(), planner).generate(new EntitySink() {
            @Override
            public void persist(Object entity) {
                em.persist(entity);
            }

            @Override
            public void establishmentDone() {
                em.flush();
                em.clear();
            }
        });
        Establishment school = em.createQuery("SELECT e FROM Establishment e ORDER BY e.id DESC", Establishment.class)
                .setMaxResults(1).getSingleResult();
        if (!school.isTeleservicesActivated()) {
            school.activateTeleservices(LocalDate.now(clock), "benchmark");
        }
        StaffUser head = new StaffUser(HEAD, hash, "Chef du banc d’essai", null);
        head.grant(StaffRole.HEAD, school);
        em.persist(head);
        tx.commit();
        out.add(String.format(Locale.ROOT, "generated: %s, %d pupils, in %.1f s", school.getName(), PUPILS,
                seconds(start)));
        return school.getId();
    }

    private Printed print(long establishmentId, List<Long> runIds) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        CountingStream sink = new CountingStream();
        int letters = 0;
        int pages = 0;
        long start = System.nanoTime();
        for (long runId : runIds) {
            if (runs.view(HEAD, establishmentId, runId).lettersAvailable()) {
                NotificationRuns.LettersWritten written = runs.writeLetters(HEAD, establishmentId, runId, sink);
                letters += written.letters();
                pages += written.pages();
            }
        }
        double seconds = seconds(start);
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Printed(letters, pages, sink.bytes, seconds, peak / (1024 * 1024));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** What a print measured: letters (one per guardian or pupil), pages, bytes, time, peak heap. */
    private record Printed(int letters, int pages, long bytes, double seconds, long peakHeapMiB) {
    }

    /** Counts the bytes of the PDFs and throws them away. */
    private static final class CountingStream extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        @Override
        public void close() {
            // The letters' writer closes its stream at the end of each run: this one goes on counting.
        }
    }
}
