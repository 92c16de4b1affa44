package org.scolarite.admin.catalog;

import java.io.Serializable;
import java.time.LocalDate;
import org.scolarite.catalog.boundary.ServiceLine;
import org.scolarite.catalog.entity.Audience;
import org.scolarite.catalog.entity.Availability;
import org.scolarite.catalog.entity.CatalogueEntry;

/**
 * One line of the « Ouverture / fermeture » table (and of the home page's read-only copy): the service, whether
 * the school may switch it and why not, the state it chose and when families get it. {@code open} is what the
 * switch shows and what the head asks for when he flips it.
 */
public final class ServiceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final boolean national;
    private final String label;
    private final String url;
    private final Audience audience;
    private final Availability availability;
    private final boolean experimental;
    private final boolean openToday;
    private final boolean chosenOpen;
    private final LocalDate effectiveFrom;
    private final int revision;
    private boolean open;

    private ServiceRow(ServiceLine line) {
        CatalogueEntry entry = line.entry();
        this.key = entry.key().value();
        this.national = entry.isNational();
        this.label = entry.label();
        this.url = entry.url();
        this.audience = entry.audience();
        this.availability = entry.availability();
        this.experimental = entry.experimental();
        this.openToday = line.openToday();
        this.chosenOpen = line.chosenOpen();
        this.effectiveFrom = line.effectiveFrom();
        this.revision = line.revision();
        this.open = line.chosenOpen();
    }

    static ServiceRow of(ServiceLine line) {
        return new ServiceRow(line);
    }

    /** National services are named by the bundle ({@code service.GRADES}), academic ones by their label. */
    public String getName() {
        return national ? Feedback.text("service." + key) : label;
    }

    public String getKey() { return key; }
    public boolean isNational() { return national; }
    public String getLabel() { return label; }
    public String getUrl() { return url; }
    public Audience getAudience() { return audience; }
    public Availability getAvailability() { return availability; }
    public boolean isExperimental() { return experimental; }
    public boolean isChosenOpen() { return chosenOpen; }
    public int getRevision() { return revision; }

    public boolean isOpen() { return open; }
    public void setOpen(boolean open) { this.open = open; }

    public boolean isMandatory() {
        return availability == Availability.MANDATORY;
    }

    public boolean isSwitchable() {
        return availability.canSwitch();
    }

    /** Neither switchable nor mandatory: a module is missing or the school is not a pilot (reason in the bundle). */
    public boolean isUnavailable() {
        return !isSwitchable() && !isMandatory();
    }

    /** The school's last choice reaches families only from {@link #getEffectiveFromText()} (R-SET-2). */
    public boolean isPending() {
        return openToday != chosenOpen;
    }

    public String getEffectiveFromText() {
        return Feedback.day(effectiveFrom);
    }

    /** For the table's row classes: {@code service-PAYMENT}, {@code service-academic-12}. */
    public String getStyleClass() {
        return "service-" + key + (isPending() ? " pending" : "") + (isSwitchable() ? "" : " locked");
    }
}
