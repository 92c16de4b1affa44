package org.scolarite.portal.enrolment;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.enrolment.boundary.EnrolmentRefused;
import org.scolarite.enrolment.boundary.Enrolments;
import org.scolarite.enrolment.control.EnrolmentReceiptPdf;
import org.scolarite.enrolment.entity.AdministrativeData;
import org.scolarite.enrolment.entity.ChoiceProblem;
import org.scolarite.enrolment.entity.ChoicesRejected;
import org.scolarite.enrolment.entity.EnrolmentPage;
import org.scolarite.enrolment.entity.EnrolmentRejected;
import org.scolarite.portal.navigation.CurrentFamily;
import org.scolarite.portal.navigation.PortalVisits;
import org.scolarite.portal.navigation.RefusalPage;

/**
 * « Inscription en ligne » (R-INSC-1): the four steps on one page — 1/4 the assignment and « J'inscris / Je n'inscris
 * pas mon enfant », 2/4 the pedagogical wishes, 3/4 the administrative data, 4/4 the summary, the confirmation and the
 * PDF receipt ({@code ?format=pdf}). The child is the one the access filter checked (posted back as « enfant »); every
 * rule is the service's. The wishes are plain HTML inputs read from the request, so that whatever was posted reaches
 * the service, which refuses (403) and logs a code the form never offered; typed values stay on the page with the
 * French reason next to their group.
 */
@Named("enrolment")
@ViewScoped
public class EnrolmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PDF = "pdf";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm",
            Locale.FRENCH);

    @Inject
    private CurrentFamily family;

    @Inject
    private transient Enrolments enrolments;

    @Inject
    private transient PortalVisits visits;

    private EnrolmentPage page;
    private Long studentId;
    private String format;
    private int step;

    private Set<String> chosen = new LinkedHashSet<>();
    private final Map<String, String> errors = new HashMap<>();
    private String homePhone;
    private String mobilePhone;
    private String email;
    private boolean addressConfirmed;
    private String addressNote;

    /** The view action: reads the enrolment, or streams the receipt, before anything is written. */
    public void load() throws IOException {
        visits.viewed(ServiceKey.of(NationalService.ENROLMENT));
        if (family.getView() == null || !family.getView().hasChild()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (PDF.equals(format)) {
            ExternalContext external = faces.getExternalContext();
            try {
                external.setResponseContentType(EnrolmentReceiptPdf.CONTENT_TYPE);
                external.setResponseHeader("Content-Disposition", "attachment; filename=\"inscription-"
                        + fileName(family.getChild().firstName() + "-" + family.getChild().lastName()) + ".pdf\"");
                external.setResponseHeader("Cache-Control", "no-store");
                enrolments.writeReceipt(family.getView(), external.getResponseOutputStream());
            } catch (EnrolmentRefused refused) {
                refuse(faces);
            }
            faces.responseComplete();
            return;
        }
        try {
            show(enrolments.page(family.getView()));
        } catch (EnrolmentRefused refused) {
            refuse(faces);
            faces.responseComplete();
        }
    }

    private void show(EnrolmentPage shown) {
        page = shown;
        studentId = shown == null ? null : shown.studentId();
        if (shown == null) {
            return;
        }
        chosen = new LinkedHashSet<>(shown.choices());
        AdministrativeData data = shown.data();
        homePhone = data.homePhone();
        mobilePhone = data.mobilePhone();
        email = data.email();
        addressConfirmed = data.addressConfirmed();
        addressNote = data.addressNote();
        // After the deadline the page is read only: the assignment, or the summary of a confirmed enrolment.
        if (!shown.open()) {
            step = shown.isConfirmed() ? 4 : 1;
        } else {
            step = shown.status() == null || shown.isDeclined() ? 1 : shown.isConfirmed() ? 4 : 2;
        }
    }

    public void enrol() {
        if (act(() -> enrolments.decide(family.getView(), true))) {
            reload(2);
        }
    }

    public void decline() {
        if (act(() -> enrolments.decide(family.getView(), false))) {
            reload(1);
        }
    }

    /** Step 2: the posted wishes — one LVB, one LVC or none, the optional teachings ticked. */
    public void saveChoices() {
        Map<String, String[]> posted = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap();
        chosen = new LinkedHashSet<>();
        for (String name : new String[] {"lvb", "lvc", "optional"}) {
            Arrays.stream(posted.getOrDefault(name, new String[0])).filter(v -> !v.isBlank()).forEach(chosen::add);
        }
        Set<String> typed = Set.copyOf(chosen);
        if (act(() -> enrolments.choose(family.getView(), typed))) {
            reload(3);
        }
    }

    /** Step 3: the administrative data; a wrong field keeps every typed value and says why next to it. */
    public void saveData() {
        if (act(() -> enrolments.record(family.getView(), AdministrativeData.of(homePhone, mobilePhone, email,
                addressConfirmed, addressNote)))) {
            reload(4);
        }
    }

    public void confirm() {
        if (act(() -> enrolments.confirm(family.getView()))) {
            reload(4);
        }
    }

    /** « Modifier » from the summary or « Précédent »: nothing is written. */
    public void goTo(int target) {
        errors.clear();
        if (page != null && page.open() && target >= 1 && target <= 4 && !page.isDeclined()) {
            step = target;
        } else {
            step = 1;
        }
    }

    private boolean act(Runnable change) {
        errors.clear();
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            change.run();
            return true;
        } catch (ChoicesRejected rejected) {
            for (ChoiceProblem problem : rejected.problems()) {
                errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b);
            }
        } catch (EnrolmentRefused refused) {
            refuse(faces);
            faces.responseComplete();
        } catch (EnrolmentRejected rejected) {
            String target = rejected.field() == null ? null : "enrolment-form:" + rejected.field();
            faces.addMessage(target, new FacesMessage(FacesMessage.SEVERITY_ERROR, rejected.getMessage(), null));
        }
        return false;
    }

    private void reload(int next) {
        page = enrolments.page(family.getView());
        step = next;
    }

    private static void refuse(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        try {
            RefusalPage.write((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                    "default");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String fileName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    }

    public boolean isChosen(String code) {
        return chosen.contains(code);
    }

    /** No LVC chosen: « Aucune » is ticked. */
    public boolean isNoLvc() {
        return page.lvc().stream().noneMatch(o -> chosen.contains(o.code()));
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String moment(LocalDateTime time) {
        return time == null ? "" : MOMENT.format(time);
    }

    public EnrolmentPage getPage() { return page; }
    public int getStep() { return step; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }

    /** The child the form was shown for: posted back as « enfant », checked by the access filter. */
    public Long getStudentId() { return studentId; }

    public void setStudentId(Long studentId) {
        // Kept from the first render: the posted value is only checked (FamilyAccessFilter), never trusted here.
    }

    public String getHomePhone() { return homePhone; }
    public void setHomePhone(String homePhone) { this.homePhone = homePhone; }
    public String getMobilePhone() { return mobilePhone; }
    public void setMobilePhone(String mobilePhone) { this.mobilePhone = mobilePhone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isAddressConfirmed() { return addressConfirmed; }
    public void setAddressConfirmed(boolean addressConfirmed) { this.addressConfirmed = addressConfirmed; }
    public String getAddressNote() { return addressNote; }
    public void setAddressNote(String addressNote) { this.addressNote = addressNote; }
}
