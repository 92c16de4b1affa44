package org.scolarite.admin.statistics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.scolarite.statistics.entity.Ratio;

/**
 * The statistics pages' texts and number formats in the view's language ({@code statsFormat} in the pages): counts
 * with the language's grouping, percentages as in the guides (« 33,33 % », « 100 % »), month names, category names.
 */
@Named("statsFormat")
@RequestScoped
public class StatisticsText {

    private Locale locale;
    private ResourceBundle bundle;

    private Locale locale() {
        if (locale == null) {
            locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        }
        return locale;
    }

    ResourceBundle bundle() {
        if (bundle == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            bundle = faces.getApplication().getResourceBundle(faces, "statsMsg");
        }
        return bundle;
    }

    String text(String key) {
        return bundle().getString(key);
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** « 33,33 % »: up to two decimals, as the guides print them; a no-break space before the sign in French. */
    public String percent(Ratio ratio) {
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale()));
        return format.format(ratio.percent()) + ("fr".equals(locale().getLanguage()) ? "\u00a0%" : " %");
    }

    /** « 1 septembre 2026 ». */
    public String day(java.time.LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale()));
    }

    /** « septembre 2026 ». */
    public String month(String yearMonth) {
        return YearMonth.parse(yearMonth).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale()));
    }

    /** A category's name; a category a later issue adds shows its code rather than a broken key. */
    public String category(String key) {
        try {
            return text("category." + key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** « 1001 — 6EME », or the « no MEFSTAT » text. */
    public String mefstat(String mefstat, String label) {
        if (mefstat == null) {
            return text("stats.noMefstat");
        }
        return label == null ? mefstat : mefstat + " — " + label;
    }

    public String orNone(String value, String key) {
        return value == null ? text(key) : value;
    }
}
