package org.keji.ip.annuity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.keji.commons.money.Money;

/** The annuity of each year from {@code fromYear} to {@code toYear} of the term, both included. */
@Embeddable
public class AnnuityFeeBand {

    @Column(name = "from_year", nullable = false)
    private int fromYear;

    @Column(name = "to_year", nullable = false)
    private int toYear;

    @Column(nullable = false, precision = 18, scale = 2)
    private Money amount;

    protected AnnuityFeeBand() {
    }

    public AnnuityFeeBand(int fromYear, int toYear, Money amount) {
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.amount = amount;
    }

    public int fromYear() {
        return fromYear;
    }

    public int toYear() {
        return toYear;
    }

    public Money amount() {
        return amount;
    }

    public boolean covers(int termYear) {
        return termYear >= fromYear && termYear <= toYear;
    }
}
