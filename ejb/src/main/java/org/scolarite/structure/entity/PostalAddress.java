package org.scolarite.structure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A French postal address as the school administration system holds it (four lines, postal code, town, country). */
@Embeddable
public class PostalAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "address_line1") private String line1;
    @Column(name = "address_line2") private String line2;
    @Column(name = "address_line3") private String line3;
    @Column(name = "address_line4") private String line4;
    @Column(name = "postal_code") private String postalCode;
    @Column(name = "city") private String city;
    @Column(name = "insee_code") private String inseeCode;
    @Column(name = "country_code") private String countryCode;
    @Column(name = "country_label") private String countryLabel;

    protected PostalAddress() {
    }

    public PostalAddress(String line1, String line2, String postalCode, String city) {
        this.line1 = line1;
        this.line2 = line2;
        this.postalCode = postalCode;
        this.city = city;
        this.countryCode = "100";
        this.countryLabel = "FRANCE";
    }

    /** True when a letter can be posted: at least one street line and a town. */
    public boolean isDeliverable() {
        return notBlank(line1) && notBlank(city);
    }

    /** The lines as printed on an envelope window, blank lines skipped. */
    public String formatted() {
        String town = Stream.of(postalCode, city).filter(PostalAddress::notBlank).collect(Collectors.joining(" "));
        return Stream.of(line1, line2, line3, line4, town).filter(PostalAddress::notBlank)
                .collect(Collectors.joining("\n"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public String getLine1() { return line1; }
    public String getLine2() { return line2; }
    public String getLine3() { return line3; }
    public String getLine4() { return line4; }
    public String getPostalCode() { return postalCode; }
    public String getCity() { return city; }
    public String getInseeCode() { return inseeCode; }
    public String getCountryCode() { return countryCode; }
    public String getCountryLabel() { return countryLabel; }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostalAddress a && Objects.equals(line1, a.line1) && Objects.equals(line2, a.line2)
                && Objects.equals(line3, a.line3) && Objects.equals(line4, a.line4)
                && Objects.equals(postalCode, a.postalCode) && Objects.equals(city, a.city);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line1, line2, postalCode, city);
    }
}
