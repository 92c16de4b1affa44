package org.scolarite.admin.servicesettings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.scolarite.payment.boundary.PaymentSetup;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.boundary.SettingView;
import org.scolarite.settings.entity.ConcurrentSettingChange;
import org.scolarite.settings.entity.PaymentSettings;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.entity.StaffRole;

/**
 * « Paiement en ligne » (R-PAY-1), in two steps as in the guide: « Vérifier » checks the form and looks the TIPI
 * number up in the reference list; if found, the user confirms the name shown and only then saves. Head and
 * accountant only; effective the next day.
 */
@Named
@ViewScoped
public class PaymentBacking extends SettingsPage {

    private static final long serialVersionUID = 1L;

    static final String NUMBER = "payment:tipiClientNumber";
    static final String AMOUNT = "payment:minimumAmount";
    static final String EMAIL = "payment:contactEmail";
    private static final Map<String, String> FIELDS =
            Map.of("tipiClientNumber", NUMBER, "minimumAmount", AMOUNT, "contactEmail", EMAIL);

    @Inject
    PaymentSetup payment;

    @Inject
    EstablishmentSettings settings;

    private boolean allowed;
    private int revision;
    private String number;
    private String amount;
    private String email;
    private String savedNumber;
    private String savedAmount;
    private String savedEmail;
    private ChangeNote note;

    /** Set between « Vérifier » and « Confirmer »: the name the reference list gives and the checked amount. */
    private String foundName;
    private BigDecimal checkedAmount;

    @PostConstruct
    void create() {
        followSwitcher();
    }

    @Override
    void load() {
        allowed = holds(StaffRole.HEAD, StaffRole.ACCOUNTANT);
        foundName = null;
        if (allowed && isActivated()) {
            SettingView<PaymentSettings> view = settings.view(actor(), establishmentId(), Setting.PAYMENT);
            show(view, false);
            PaymentSettings saved = view.value();
            number = saved == null ? null : saved.tipiClientNumber();
            amount = saved == null ? null : plain(saved.minimumAmount());
            email = saved == null ? null : saved.contactEmail();
        }
    }

    /** « Vérifier »: the form's checks, then the reference list. */
    public void verify() {
        foundName = null;
        try {
            BigDecimal parsed = PaymentSettings.parseAmount(amount);
            PaymentSettings typed = new PaymentSettings(number, parsed, email).validated();
            Optional<String> name = payment.lookUp(actor(), establishmentId(), typed.tipiClientNumber());
            if (name.isEmpty()) {
                Feedback.error(NUMBER, Feedback.text("payment.number.unknown", typed.tipiClientNumber()));
                return;
            }
            number = typed.tipiClientNumber();
            email = typed.contactEmail();
            checkedAmount = typed.minimumAmount();
            amount = plain(checkedAmount);
            foundName = name.get();
        } catch (SettingRejected refusal) {
            Feedback.rejected(refusal, FIELDS);
        } catch (AccessDeniedException refusal) {
            Feedback.error(refusal.getMessage());
        }
    }

    /** « Confirmer et enregistrer »: saves what was verified, on top of the revision shown. */
    public void confirm() {
        try {
            show(payment.save(actor(), establishmentId(), new PaymentSettings(number, checkedAmount, email),
                    revision), true);
            foundName = null;
        } catch (SettingRejected refusal) {
            foundName = null;
            Feedback.rejected(refusal, FIELDS);
        } catch (ConcurrentSettingChange | AccessDeniedException refusal) {
            foundName = null;
            Feedback.error(refusal.getMessage());
        }
    }

    /** « Modifier la saisie »: back to the form, values kept. */
    public void edit() {
        foundName = null;
    }

    private void show(SettingView<PaymentSettings> view, boolean justSaved) {
        revision = view.revision();
        PaymentSettings saved = view.value();
        savedNumber = saved == null ? null : saved.tipiClientNumber();
        savedAmount = saved == null ? null : euros(saved.minimumAmount());
        savedEmail = saved == null ? null : saved.contactEmail();
        note = justSaved ? ChangeNote.saved(view) : ChangeNote.loaded(view);
    }

    /** « 1,50 » as typed back in the field. */
    private static String plain(BigDecimal value) {
        return value == null ? null : new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.FRANCE))
                .format(value);
    }

    /** « 1,50 € » (non-breaking space) for display. */
    static String euros(BigDecimal value) {
        return value == null ? null : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.FRANCE))
                .format(value).replace('\u202f', '\u00a0') + "\u00a0€";
    }

    public boolean isAllowed() {
        return allowed;
    }

    public boolean isConfirming() {
        return foundName != null;
    }

    public boolean isConfigured() {
        return savedNumber != null;
    }

    public String getFoundName() {
        return foundName;
    }

    public String getCheckedAmount() {
        return euros(checkedAmount);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSavedNumber() {
        return savedNumber;
    }

    public String getSavedAmount() {
        return savedAmount;
    }

    public String getSavedEmail() {
        return savedEmail;
    }

    public ChangeNote getNote() {
        return note;
    }
}
