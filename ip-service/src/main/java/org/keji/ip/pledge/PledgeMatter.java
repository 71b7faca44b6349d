package org.keji.ip.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.keji.commons.cases.CaseLimits;

/** The matter (事项) a pledge registration is a case of, with its time limits, as data. */
@Entity
@Table(name = "patent_pledge_matter")
public class PledgeMatter {

    /** The matter every pledge registration is filed under: promised and legally within 7 working days. */
    public static final String REGISTRATION = "KJ-IP-PATENT-PLEDGE";

    @Id
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "promised_limit", nullable = false)
    private int promisedLimit;

    @Column(name = "legal_limit", nullable = false)
    private int legalLimit;

    protected PledgeMatter() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public CaseLimits limits() {
        return new CaseLimits(promisedLimit, legalLimit);
    }
}
