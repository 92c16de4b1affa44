package org.scolarite.infosheet.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.infosheet.entity.ChangeRequest;
import org.scolarite.infosheet.entity.SheetField;
import org.scolarite.infosheet.entity.SheetReview;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

class AcceptedChangesCsvTest {

    @Test
    @DisplayName("R-FICHE-1: the accepted changes for the administration system: BOM, « ; », SIECLE ids, inert cells")
    void csv() {
        Establishment school = new Establishment(new Academy("NORMANDIE", "Normandie", "https://t.example/"),
                Uai.fromDigits(140001), EstablishmentKind.COLLEGE, "Collège");
        Student lea = new Student(school, "E1", "Durand", "Léa", LocalDate.of(2013, 3, 4), Sex.FEMALE);
        Guardian claire = new Guardian(school, "P7", "MME", "Durand", "Claire");
        LocalDateTime at = LocalDateTime.of(2026, 12, 1, 10, 30);
        ChangeRequest phone = new ChangeRequest(1L, lea, claire, null,
                new SheetReview.Change(SheetField.GUARDIAN_HOME_PHONE, null, "+33231456789"), at);
        phone.accept("principal.college", at);
        ChangeRequest email = new ChangeRequest(1L, lea, claire, null,
                new SheetReview.Change(SheetField.PUPIL_EMAIL, "lea@old.fr", "lea@example.org"), at);
        email.accept("principal.college", at);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AcceptedChangesCsv.write("0140001X", List.of(phone, email), out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFDATE_DECISION;UAI;ELEVE_ID;");
        assertThat(lines[1]).isEqualTo("01/12/2026 10:30;0140001X;E1;Durand;Léa;P7;GUARDIAN_HOME_PHONE;"
                + "Téléphone domicile;;'+33231456789;principal.college");
        assertThat(lines[2]).contains(";E1;Durand;Léa;;PUPIL_EMAIL;Courriel de l'élève;lea@old.fr;lea@example.org;");
    }
}
