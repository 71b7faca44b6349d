package org.keji.ip.pledge;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.cases.CaseClock;
import org.keji.commons.cases.CaseReference;
import org.keji.commons.cases.OpenCase;
import org.keji.commons.event.pledge.PledgeReleaseReason;
import org.keji.commons.money.Money;
import org.keji.commons.problem.IllegalTransitionException;

/**
 * A patent pledge registration (专利权质押登记), a case under a tracking number from the request to registration or
 * refusal, and a registered pledge until its release. Its patents are rows of {@code patent_pledge_patent} (see
 * {@link PatentPledgeRepository}), active while the pledge is registered. Every state change is a method that refuses
 * a move the state does not allow.
 */
@Entity
@Table(name = "patent_pledge")
public class PatentPledge implements OpenCase {

    /** Of two registrations of one patent at once, the second meets this index (ALREADY_PLEDGED). */
    public static final String ACTIVE_PATENT_UNIQUE = "patent_pledge_patent_active";
    /** One case per saga request id. */
    public static final String REQUEST_UNIQUE = "patent_pledge_request_unique";

    @Id
    private UUID id;

    @Column(name = "tracking_number", nullable = false, length = 30)
    private String trackingNumber;

    @Column(name = "matter_code", nullable = false, length = 40)
    private String matterCode;

    @Column(name = "request_id", nullable = false)
    private UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PledgeOrigin origin;

    @Column(name = "loan_reference", length = 64)
    private String loanReference;

    @Column(name = "pledgor_uscc", nullable = false, length = 18)
    private String pledgorUscc;

    @Column(name = "pledgee_bank_id", nullable = false, length = 64)
    private String pledgeeBankId;

    @Column(name = "pledgee_name", nullable = false, length = 200)
    private String pledgeeName;

    @Column(name = "secured_amount", nullable = false, precision = 18, scale = 2)
    private Money securedAmount;

    @Column(name = "debt_term_start", nullable = false)
    private LocalDate debtTermStart;

    @Column(name = "debt_term_end", nullable = false)
    private LocalDate debtTermEnd;

    @Column(name = "contract_material_id")
    private UUID contractMaterialId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "co_holder_consents", nullable = false, columnDefinition = "jsonb")
    private String coHolderConsents;

    @Column(name = "patent_count", nullable = false)
    private int patentCount;

    @Column(nullable = false, length = 6)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PledgeStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String grounds;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "refusal_reasons", columnDefinition = "jsonb")
    private String refusalReasons;

    @Column(name = "registration_number", length = 20)
    private String registrationNumber;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Column(name = "registered_year")
    private Integer registeredYear;

    @Column(name = "released_on")
    private LocalDate releasedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_reason", length = 12)
    private PledgeReleaseReason releaseReason;

    @Embedded
    private CaseClock clock;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected PatentPledge() {
    }

    /** What is asked: who pledges which number of patents to which bank, for which debt. */
    public record Terms(UUID requestId, PledgeOrigin origin, String loanReference, String pledgorUscc,
            String pledgeeBankId, String pledgeeName, Money securedAmount, LocalDate debtTermStart,
            LocalDate debtTermEnd, UUID contractMaterialId, String coHolderConsentsJson, int patentCount,
            String region) {
    }

    /** A requested registration with the grounds that apply today, due within the matter's limits from today. */
    public static PatentPledge request(String trackingNumber, PledgeMatter matter, Terms terms, String groundsJson,
            LocalDate today, WorkingDayCalendar calendar, String requestedBy, OffsetDateTime now) {
        PatentPledge p = new PatentPledge();
        p.id = UUID.randomUUID();
        p.trackingNumber = trackingNumber;
        p.matterCode = matter.code();
        p.requestId = terms.requestId();
        p.origin = terms.origin();
        p.loanReference = terms.loanReference();
        p.pledgorUscc = terms.pledgorUscc();
        p.pledgeeBankId = terms.pledgeeBankId();
        p.pledgeeName = terms.pledgeeName();
        p.securedAmount = terms.securedAmount();
        p.debtTermStart = terms.debtTermStart();
        p.debtTermEnd = terms.debtTermEnd();
        p.contractMaterialId = terms.contractMaterialId();
        p.coHolderConsents = terms.coHolderConsentsJson();
        p.patentCount = terms.patentCount();
        p.region = terms.region();
        p.status = PledgeStatus.REQUESTED;
        p.grounds = groundsJson;
        p.checkedOn = today;
        p.clock = CaseClock.open(today, matter.limits(), calendar);
        p.requestedBy = requestedBy;
        p.createdAt = now;
        p.updatedAt = now;
        return p;
    }

    /** Checks that the pledge may be decided now. */
    public void requireRegistrable() {
        require("register", PledgeStatus.REQUESTED);
    }

    /** Every check passed: registered under {@code number} from today; the case closes. */
    public void register(String number, LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        requireRegistrable();
        this.registrationNumber = number;
        this.registeredOn = today;
        this.registeredYear = today.getYear();
        this.grounds = "[]";
        this.checkedOn = today;
        clock.close(today, calendar);
        moveTo(PledgeStatus.REGISTERED, now);
    }

    /** Refused on every ground found today and the officer's reasons, if any; the case closes. */
    public void refuse(String groundsJson, String reasonsJson, LocalDate today, WorkingDayCalendar calendar,
            OffsetDateTime now) {
        require("refuse", PledgeStatus.REQUESTED);
        this.grounds = groundsJson;
        this.checkedOn = today;
        this.refusalReasons = reasonsJson;
        clock.close(today, calendar);
        moveTo(PledgeStatus.REFUSED, now);
    }

    /** Checks that the pledge may be released now. */
    public void requireReleasable() {
        require("release", PledgeStatus.REGISTERED);
    }

    /** The pledge no longer holds from today: the patents are free to be pledged again. */
    public void release(PledgeReleaseReason reason, LocalDate today, OffsetDateTime now) {
        requireReleasable();
        this.releaseReason = reason;
        this.releasedOn = today;
        moveTo(PledgeStatus.RELEASED, now);
    }

    private void require(String action, PledgeStatus allowed) {
        if (status != allowed) {
            throw new IllegalTransitionException("PLEDGE_ILLEGAL_TRANSITION", action, status, status.actions());
        }
    }

    private void moveTo(PledgeStatus next, OffsetDateTime now) {
        this.status = next;
        this.updatedAt = now;
    }

    /** The case's name on every record and event. */
    public CaseReference reference() {
        return new CaseReference(trackingNumber, matterCode, pledgorUscc);
    }

    public UUID id() {
        return id;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String matterCode() {
        return matterCode;
    }

    public UUID requestId() {
        return requestId;
    }

    public PledgeOrigin origin() {
        return origin;
    }

    public String loanReference() {
        return loanReference;
    }

    public String pledgorUscc() {
        return pledgorUscc;
    }

    public String pledgeeBankId() {
        return pledgeeBankId;
    }

    public String pledgeeName() {
        return pledgeeName;
    }

    public Money securedAmount() {
        return securedAmount;
    }

    public LocalDate debtTermStart() {
        return debtTermStart;
    }

    public LocalDate debtTermEnd() {
        return debtTermEnd;
    }

    public UUID contractMaterialId() {
        return contractMaterialId;
    }

    public String coHolderConsentsJson() {
        return coHolderConsents;
    }

    public int patentCount() {
        return patentCount;
    }

    public String region() {
        return region;
    }

    public PledgeStatus status() {
        return status;
    }

    public String groundsJson() {
        return grounds;
    }

    public LocalDate checkedOn() {
        return checkedOn;
    }

    public String refusalReasonsJson() {
        return refusalReasons;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public LocalDate releasedOn() {
        return releasedOn;
    }

    public PledgeReleaseReason releaseReason() {
        return releaseReason;
    }

    public CaseClock clock() {
        return clock;
    }

    public String requestedBy() {
        return requestedBy;
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
