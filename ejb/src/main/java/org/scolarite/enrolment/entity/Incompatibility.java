package org.scolarite.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Two options of a MEF that cannot be taken together; kept once, the smaller code first (the table checks it). */
@Embeddable
public class Incompatibility {

    @Column(name = "first_code", nullable = false, length = 12)
    private String firstCode;

    @Column(name = "second_code", nullable = false, length = 12)
    private String secondCode;

    protected Incompatibility() {
    }

    public Incompatibility(String one, String other) {
        Objects.requireNonNull(one, "one");
        Objects.requireNonNull(other, "other");
        if (one.equals(other)) {
            throw new EnrolmentRejected("incompatibility", "Une option ne peut pas être incompatible avec elle-même.");
        }
        this.firstCode = one.compareTo(other) < 0 ? one : other;
        this.secondCode = one.compareTo(other) < 0 ? other : one;
    }

    public String getFirstCode() { return firstCode; }
    public String getSecondCode() { return secondCode; }

    public boolean involves(String code) {
        return firstCode.equals(code) || secondCode.equals(code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Incompatibility that && firstCode.equals(that.firstCode)
                && secondCode.equals(that.secondCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstCode, secondCode);
    }
}
