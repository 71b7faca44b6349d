package org.keji.ip.techcontract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.keji.commons.cases.CaseLimits;

/** The matter (事项) a registration is a case of, with its time limits, as data. */
@Entity
@Table(name = "technology_contract_matter")
public class ContractMatter {

    /** The matter every registration is filed under. */
    public static final String REGISTRATION = "KJ-IP-TECH-CONTRACT";

    @Id
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "promised_limit", nullable = false)
    private int promisedLimit;

    @Column(name = "legal_limit", nullable = false)
    private int legalLimit;

    protected ContractMatter() {
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
