package org.scolarite.portal.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts and dates as the payment pages show them, in the view's language (« 1 234,50 € », « 15/12/2026 »). */
@Named("money")
@ApplicationScoped
public class Money {

    public String euros(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(locale().getLanguage().equals("en")
                ? Locale.UK : Locale.FRANCE).format(amount).replace("£", "€");
    }

    /** The amount as typed in the form: « 120,50 » in French. */
    public String typed(BigDecimal amount) {
        String plain = amount.setScale(2).toPlainString();
        return locale().getLanguage().equals("en") ? plain : plain.replace('.', ',');
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public String dateTime(LocalDateTime time) {
        return time == null ? "" : time.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.FRENCH : faces.getViewRoot().getLocale();
    }
}
