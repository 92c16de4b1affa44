package org.scolarite.payment.entity;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

/** An invoice of 120,50 € of which 20,00 € were paid at the desk, and a pending order of 30,00 € on it. */
final class PaymentFixtures {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);

    private PaymentFixtures() {
    }

    static Invoice invoice() {
        Establishment college = new Establishment(new Academy("14", "Normandie", "https://teleservices.ac-normandie.fr/"), Uai.fromDigits(140070),
                EstablishmentKind.COLLEGE, "Collège Jean Moulin");
        Student pupil = new Student(college, "1001", "Durand", "Léa", LocalDate.of(2013, 3, 4), Sex.FEMALE);
        try {
            Field id = Student.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(pupil, 42L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return new Invoice(7L, "F-1", pupil, "2026-0001", "Demi-pension — trimestre 1", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 15), new BigDecimal("120.50"), new BigDecimal("20"));
    }

    static OnlinePayment order(Invoice invoice, String amount) {
        return new OnlinePayment(invoice, 9L, "claire.durand", new BigDecimal(amount),
                "token-0123456789abcdef", new SecureRandom(), NOW);
    }
}
