package org.scolarite.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.EstablishmentKind;

class ServiceCatalogueTest {

    private static final long SCHOOL = 7L;
    private final Academy academy = new Academy("NORMANDIE", "Normandie", "https://teleservices.example/");
    private final EstablishmentProfile fullCollege =
            new EstablishmentProfile(EstablishmentKind.COLLEGE, true, true, true, false);
    private final EstablishmentProfile lyceeWithoutModules =
            new EstablishmentProfile(EstablishmentKind.LYCEE, false, false, false, true);

    private List<CatalogueEntry> catalogue(EstablishmentProfile profile, Set<NationalService> mandatory,
                                           AcademicService... academic) {
        return ServiceCatalogue.of(profile, SCHOOL, mandatory, List.of(academic));
    }

    private static CatalogueEntry entry(List<CatalogueEntry> entries, NationalService service) {
        return entries.stream().filter(e -> e.key().equals(ServiceKey.of(service))).findFirst().orElseThrow();
    }

    private static boolean lists(List<CatalogueEntry> entries, NationalService service) {
        return entries.stream().anyMatch(e -> e.key().equals(ServiceKey.of(service)));
    }

    @Test
    @DisplayName("R-SVC-2: the information sheet is mandatory — open and locked, it cannot be closed")
    void information_sheet_is_locked_open() {
        CatalogueEntry sheet = entry(catalogue(fullCollege, Set.of()), NationalService.INFO_SHEET);
        assertThat(sheet.availability()).isEqualTo(Availability.MANDATORY);
        assertThat(sheet.isOpen(false)).isTrue();
        assertThatThrownBy(() -> sheet.checkSwitch(false)).isInstanceOf(ServiceSwitchRefused.class)
                .hasMessageContaining("obligatoire");
    }

    @Test
    @DisplayName("R-SVC-2: LSL is mandatory and offered to lycées only; LSU and Bourse collège to collèges only")
    void services_by_kind() {
        List<CatalogueEntry> college = catalogue(fullCollege, Set.of());
        List<CatalogueEntry> lycee = catalogue(lyceeWithoutModules, Set.of());
        assertThat(lists(college, NationalService.LSL)).isFalse();
        assertThat(entry(lycee, NationalService.LSL).availability()).isEqualTo(Availability.MANDATORY);
        assertThat(lists(college, NationalService.COLLEGE_GRANT)).isTrue();
        assertThat(lists(lycee, NationalService.COLLEGE_GRANT)).isFalse();
        assertThat(lists(college, NationalService.LSU)).isTrue();
        assertThat(lists(lycee, NationalService.LSU)).isFalse();
    }

    @Test
    @DisplayName("R-SVC-2: Bourse lycée exists only in the perimeter, and is mandatory there")
    void lycee_grant_follows_perimeter() {
        assertThat(lists(catalogue(fullCollege, Set.of()), NationalService.LYCEE_GRANT)).isFalse();
        assertThat(entry(catalogue(lyceeWithoutModules, Set.of()), NationalService.LYCEE_GRANT).availability())
                .isEqualTo(Availability.MANDATORY);
    }

    @Test
    @DisplayName("R-SVC-2: Emploi du temps only for schools in the timetable perimeter")
    void timetable_follows_perimeter() {
        assertThat(lists(catalogue(fullCollege, Set.of()), NationalService.TIMETABLE)).isTrue();
        assertThat(lists(catalogue(lyceeWithoutModules, Set.of()), NationalService.TIMETABLE)).isFalse();
    }

    @Test
    @DisplayName("R-SVC-3: Notes and Vie scolaire need their SIECLE module; otherwise disabled with the reason")
    void prerequisite_modules() {
        List<CatalogueEntry> lycee = catalogue(lyceeWithoutModules, Set.of());
        CatalogueEntry grades = entry(lycee, NationalService.GRADES);
        CatalogueEntry schoolLife = entry(lycee, NationalService.SCHOOL_LIFE);
        assertThat(grades.availability()).isEqualTo(Availability.MISSING_GRADES_MODULE);
        assertThat(schoolLife.availability()).isEqualTo(Availability.MISSING_SCHOOL_LIFE_MODULE);
        assertThat(grades.isOpen(true)).as("a stored « open » no longer counts").isFalse();
        assertThatThrownBy(() -> grades.checkSwitch(true)).hasMessageContaining("SIECLE Notes");
        assertThatThrownBy(() -> schoolLife.checkSwitch(true)).hasMessageContaining("SIECLE Vie scolaire");
        assertThat(entry(catalogue(fullCollege, Set.of()), NationalService.GRADES).availability())
                .isEqualTo(Availability.SWITCHABLE);
    }

    @Test
    @DisplayName("R-SVC-2: Paiement and Folios start closed; Notes starts open; the school's choice wins")
    void defaults_and_choices() {
        List<CatalogueEntry> college = catalogue(fullCollege, Set.of());
        assertThat(entry(college, NationalService.PAYMENT).isOpen(null)).isFalse();
        assertThat(entry(college, NationalService.FOLIOS).isOpen(null)).isFalse();
        assertThat(entry(college, NationalService.GRADES).isOpen(null)).isTrue();
        assertThat(entry(college, NationalService.PAYMENT).isOpen(true)).isTrue();
        assertThat(entry(college, NationalService.GRADES).isOpen(false)).isFalse();
    }

    @Test
    @DisplayName("R-SVC-2: the académie may make a national service mandatory")
    void academy_makes_a_service_mandatory() {
        CatalogueEntry enrolment = entry(catalogue(fullCollege, Set.of(NationalService.ENROLMENT)),
                NationalService.ENROLMENT);
        assertThat(enrolment.availability()).isEqualTo(Availability.MANDATORY);
        assertThat(enrolment.isOpen(false)).isTrue();
    }

    @Test
    @DisplayName("R-SVC-2: an experimental academic service can be opened only by the listed schools")
    void experimental_services() {
        AcademicService pilot = academic(1L, "Cahier de textes", true, Set.of(SCHOOL));
        AcademicService elsewhere = academic(2L, "Orientation", true, Set.of(99L));
        List<CatalogueEntry> entries = catalogue(fullCollege, Set.of(), pilot, elsewhere);
        CatalogueEntry mine = entries.stream().filter(e -> e.key().equals(ServiceKey.academic(1L))).findFirst()
                .orElseThrow();
        CatalogueEntry notMine = entries.stream().filter(e -> e.key().equals(ServiceKey.academic(2L))).findFirst()
                .orElseThrow();
        assertThat(mine.availability()).isEqualTo(Availability.SWITCHABLE);
        assertThat(mine.isOpen(null)).as("academic services start closed").isFalse();
        assertThat(notMine.availability()).isEqualTo(Availability.NOT_A_PILOT);
        assertThat(notMine.experimental()).as("still listed, switch disabled").isTrue();
        assertThatThrownBy(() -> notMine.checkSwitch(true)).hasMessageContaining("établissements retenus");
        assertThat(mine.label()).isEqualTo("Cahier de textes");
    }

    @Test
    @DisplayName("R-SVC-2: withdrawn academic services leave the catalogue; mandatory ones are locked open")
    void withdrawn_and_mandatory_academic_services() {
        AcademicService withdrawn = academic(3L, "Ancien service", false, Set.of());
        withdrawn.withdraw();
        AcademicService mandatory = academic(4L, "ENT académique", false, Set.of());
        mandatory.setRules(true, false, Set.of());
        List<CatalogueEntry> entries = catalogue(fullCollege, Set.of(), withdrawn, mandatory);
        assertThat(entries).noneMatch(e -> e.key().equals(ServiceKey.academic(3L)));
        assertThat(entries).filteredOn(e -> e.key().equals(ServiceKey.academic(4L)))
                .singleElement().satisfies(e -> assertThat(e.isOpen(false)).isTrue());
    }

    @Test
    @DisplayName("R-SVC-2: an academic service needs a label and an absolute http(s) address, and cannot be both mandatory and experimental")
    void academic_service_checks() {
        assertThatThrownBy(() -> new AcademicService(academy, " ", "https://x.fr", Audience.BOTH))
                .hasMessageContaining("libellé");
        assertThatThrownBy(() -> new AcademicService(academy, "Service", "javascript:alert(1)", Audience.BOTH))
                .hasMessageContaining("http");
        AcademicService service = new AcademicService(academy, "Service", "https://x.fr", Audience.GUARDIAN);
        assertThatThrownBy(() -> service.setRules(true, true, Set.of())).hasMessageContaining("expérimental");
    }

    @Test
    @DisplayName("R-PORTAL-5: audiences say who sees a service")
    void audiences() {
        assertThat(Audience.GUARDIAN.includesStudents()).isFalse();
        assertThat(Audience.STUDENT.includesGuardians()).isFalse();
        assertThat(Audience.BOTH.includesGuardians()).isTrue();
        assertThat(NationalService.INFO_SHEET.audience()).isEqualTo(Audience.GUARDIAN);
    }

    @Test
    @DisplayName("Service keys name national and academic services and refuse anything else")
    void service_keys() {
        assertThat(new ServiceKey("GRADES").national()).contains(NationalService.GRADES);
        assertThat(ServiceKey.academic(12).value()).isEqualTo("academic-12");
        assertThat(new ServiceKey("academic-12").academicId()).contains(12L);
        assertThatThrownBy(() -> new ServiceKey("UNKNOWN")).isInstanceOf(IllegalArgumentException.class);
    }

    private AcademicService academic(long id, String label, boolean experimental, Set<Long> pilots) {
        AcademicService service = new AcademicService(academy, label, "https://services.ac-normandie.fr/" + id,
                Audience.BOTH);
        service.setRules(false, experimental, pilots);
        try {
            Field field = AcademicService.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(service, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return service;
    }

    @Test
    @DisplayName("R-SVC-2: the LSL and the information sheet are mandatory nationally, the others are not (the académie's screen lists them apart)")
    void mandatory_nationally() {
        assertThat(java.util.Arrays.stream(NationalService.values()).filter(NationalService::isMandatoryNationally))
                .containsExactlyInAnyOrder(NationalService.LSL, NationalService.INFO_SHEET);
    }
}
