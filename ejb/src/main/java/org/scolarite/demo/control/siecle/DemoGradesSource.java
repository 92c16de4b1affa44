package org.scolarite.demo.control.siecle;

import java.time.LocalDate;
import java.util.List;
import org.scolarite.demo.control.DemoDataGenerator;
import org.scolarite.demo.control.DemoScale;
import org.scolarite.demo.control.EntitySink;
import org.scolarite.demo.control.siecle.DemoGrades.Assessment;
import org.scolarite.structure.entity.Establishment;

/**
 * The demo académie generated again (same seed, same day: the same pupils, divisions and periods as seeded), to give
 * each establishment's teachers ({@link Teachers}, the STS export's) and year of grades ({@link DemoGrades}) to a
 * consumer, establishment by establishment: the seeding writes them to the database, the drop zone gets them as
 * {@code Notes.xml}. Holds one establishment at a time.
 */
final class DemoGradesSource implements EntitySink {

    /** What is done with one establishment's grades. */
    interface Consumer {
        void accept(EstablishmentData data, Teachers teachers, List<Assessment> assessments) throws Exception;
    }

    private final long seed;
    private final LocalDate today;
    private final Consumer consumer;
    private EstablishmentData current;

    private DemoGradesSource(long seed, LocalDate today, Consumer consumer) {
        this.seed = seed;
        this.today = today;
        this.consumer = consumer;
    }

    static void generate(long seed, DemoScale scale, LocalDate today, Consumer consumer) {
        new DemoDataGenerator(seed, scale, today, ExportSink.noAccounts())
                .generate(new DemoGradesSource(seed, today, consumer));
    }

    @Override
    public void persist(Object entity) {
        if (entity instanceof Establishment establishment) {
            current = new EstablishmentData(establishment);
        } else if (current != null) {
            current.add(entity);
        }
    }

    @Override
    public void establishmentDone() {
        if (current == null) {
            return;
        }
        try {
            Teachers teachers = new Teachers(current, seed);
            consumer.accept(current, teachers, DemoGrades.of(current, teachers, seed, today));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Notes de démonstration de " + current.uai() + " : " + e.getMessage(), e);
        } finally {
            current = null;
        }
    }
}
