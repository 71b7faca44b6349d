package org.keji.enterprise.eligibility;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An eligibility check as it was evaluated: the rule set, the facts and every result, kept as they were. */
@Entity
@Table(name = "eligibility_check")
public class EligibilityCheck {

    @Id
    private UUID id;

    @Column(nullable = false, length = 18)
    private String uscc;

    @Column(name = "certification_type", nullable = false, length = 30)
    private String certificationType;

    @Column(nullable = false)
    private int year;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "rule_set_id", nullable = false)
    private UUID ruleSetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Verdict verdict;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String facts;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String results;

    @Column(name = "checked_by", nullable = false, length = 100)
    private String checkedBy;

    @Column(name = "checked_at", nullable = false)
    private OffsetDateTime checkedAt;

    protected EligibilityCheck() {
    }

    public static EligibilityCheck of(String uscc, String certificationType, int year, LocalDate asOf, UUID ruleSetId,
            Verdict verdict, String factsJson, String resultsJson, String checkedBy, OffsetDateTime now) {
        EligibilityCheck check = new EligibilityCheck();
        check.id = UUID.randomUUID();
        check.uscc = uscc;
        check.certificationType = certificationType;
        check.year = year;
        check.asOf = asOf;
        check.ruleSetId = ruleSetId;
        check.verdict = verdict;
        check.facts = factsJson;
        check.results = resultsJson;
        check.checkedBy = checkedBy;
        check.checkedAt = now;
        return check;
    }

    public UUID id() {
        return id;
    }

    public String uscc() {
        return uscc;
    }

    public String certificationType() {
        return certificationType;
    }

    public int year() {
        return year;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public UUID ruleSetId() {
        return ruleSetId;
    }

    public Verdict verdict() {
        return verdict;
    }

    public String factsJson() {
        return facts;
    }

    public String resultsJson() {
        return results;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public OffsetDateTime checkedAt() {
        return checkedAt;
    }
}
