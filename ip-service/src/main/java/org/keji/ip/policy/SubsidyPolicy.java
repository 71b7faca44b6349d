package org.keji.ip.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.money.Money;
import org.keji.commons.problem.IllegalTransitionException;

/**
 * A patent subsidy or grant-reward policy of a region for a year (专利资助 / 授权奖励政策), held as data: the amount per
 * patent type, the caps per enterprise and year, the eligible status, the application window and the matter's time
 * limits. It applies to patents and enterprises whose region starts with the policy region's prefix (its code without
 * trailing {@code 00} pairs: 350100 → 3501xx, 000000 → everywhere). Changed only while open; closing ends new
 * applications.
 */
@Entity
@Table(name = "patent_subsidy_policy")
public class SubsidyPolicy {

    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(name = "region_prefix", nullable = false, length = 6)
    private String regionPrefix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubsidyPolicyKind kind;

    // a page of policies loads the amounts of up to 100 policies in one query
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "patent_subsidy_policy_amount", joinColumns = @JoinColumn(name = "policy_id"))
    @MapKeyColumn(name = "patent_type")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "amount", nullable = false, precision = 18, scale = 2)
    private Map<PatentType, Money> amounts = new EnumMap<>(PatentType.class);

    @Column(name = "cap_amount", precision = 18, scale = 2)
    private Money capAmount;

    @Column(name = "cap_count")
    private Integer capCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "eligible_status", nullable = false, length = 10)
    private EligibleStatus eligibleStatus;

    @Column(name = "application_from", nullable = false)
    private LocalDate applicationFrom;

    @Column(name = "application_to", nullable = false)
    private LocalDate applicationTo;

    @Column(name = "matter_code", nullable = false, length = 40)
    private String matterCode;

    @Column(name = "promised_working_days", nullable = false)
    private int promisedWorkingDays;

    @Column(name = "legal_working_days", nullable = false)
    private int legalWorkingDays;

    @Column(precision = 18, scale = 2)
    private Money budget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SubsidyPolicyStatus status;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected SubsidyPolicy() {
    }

    public static SubsidyPolicy create(String code, Terms terms, String createdBy, OffsetDateTime now) {
        SubsidyPolicy policy = new SubsidyPolicy();
        policy.id = UUID.randomUUID();
        policy.code = code;
        policy.status = SubsidyPolicyStatus.OPEN;
        policy.createdBy = createdBy;
        policy.createdAt = now;
        policy.apply(terms, now);
        return policy;
    }

    /**
     * Replaces the terms of an open policy.
     *
     * @throws IllegalTransitionException 409 {@code SUBSIDY_POLICY_CLOSED} once closed
     */
    public void update(Terms terms, OffsetDateTime now) {
        requireOpen("update");
        apply(terms, now);
    }

    /**
     * Takes no new applications from now on.
     *
     * @throws IllegalTransitionException 409 {@code SUBSIDY_POLICY_CLOSED} when already closed
     */
    public void close(OffsetDateTime now) {
        requireOpen("close");
        status = SubsidyPolicyStatus.CLOSED;
        closedAt = now;
        updatedAt = now;
    }

    /** Whether the policy applies to patents and enterprises of the six-digit {@code area} (or a prefix of one). */
    public boolean appliesTo(String area) {
        return area != null && area.startsWith(regionPrefix);
    }

    /** The GB/T 2260 prefix of a region code: without its trailing {@code 00} pairs. */
    static String prefixOf(String region) {
        String prefix = region;
        while (prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    private void requireOpen(String action) {
        if (status != SubsidyPolicyStatus.OPEN) {
            throw new IllegalTransitionException("SUBSIDY_POLICY_CLOSED", action, status, status.allowedActions());
        }
    }

    private void apply(Terms terms, OffsetDateTime now) {
        name = terms.name();
        year = terms.year();
        region = terms.region();
        regionPrefix = prefixOf(terms.region());
        kind = terms.kind();
        amounts.clear();
        amounts.putAll(terms.amounts());
        capAmount = terms.capAmount();
        capCount = terms.capCount();
        eligibleStatus = terms.eligibleStatus();
        applicationFrom = terms.applicationFrom();
        applicationTo = terms.applicationTo();
        matterCode = terms.matterCode();
        promisedWorkingDays = terms.promisedWorkingDays();
        legalWorkingDays = terms.legalWorkingDays();
        budget = terms.budget();
        updatedAt = now;
    }

    /** Everything about a policy but its code, identity and state. */
    public record Terms(String name, int year, String region, SubsidyPolicyKind kind, Map<PatentType, Money> amounts,
            Money capAmount, Integer capCount, EligibleStatus eligibleStatus, LocalDate applicationFrom,
            LocalDate applicationTo, String matterCode, int promisedWorkingDays, int legalWorkingDays, Money budget) {
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int year() {
        return year;
    }

    public String region() {
        return region;
    }

    public String regionPrefix() {
        return regionPrefix;
    }

    public SubsidyPolicyKind kind() {
        return kind;
    }

    public Map<PatentType, Money> amounts() {
        Map<PatentType, Money> copy = new EnumMap<>(PatentType.class);
        copy.putAll(amounts);
        return copy;
    }

    public Money capAmount() {
        return capAmount;
    }

    public Integer capCount() {
        return capCount;
    }

    public EligibleStatus eligibleStatus() {
        return eligibleStatus;
    }

    public LocalDate applicationFrom() {
        return applicationFrom;
    }

    public LocalDate applicationTo() {
        return applicationTo;
    }

    public String matterCode() {
        return matterCode;
    }

    public int promisedWorkingDays() {
        return promisedWorkingDays;
    }

    public int legalWorkingDays() {
        return legalWorkingDays;
    }

    public Money budget() {
        return budget;
    }

    public SubsidyPolicyStatus status() {
        return status;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
