package org.keji.ip.techcontract;

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
import org.keji.commons.cases.CaseLimits;
import org.keji.commons.cases.CaseReference;
import org.keji.commons.cases.OpenCase;
import org.keji.commons.money.Money;
import org.keji.commons.problem.IllegalTransitionException;

/**
 * A technology contract submitted for registration (技术合同认定登记), a case under a tracking number from submission
 * to registration or refusal. Its {@link CaseClock} counts the promised and legal dates in working days and stands
 * still while a correction is awaited. Every state change is a method that refuses a move the state does not allow.
 */
@Entity
@Table(name = "technology_contract")
public class TechnologyContract implements OpenCase {

    @Id
    private UUID id;

    @Column(name = "tracking_number", nullable = false, length = 30)
    private String trackingNumber;

    @Column(name = "matter_code", nullable = false, length = 40)
    private String matterCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false, length = 20)
    private ContractType contractType;

    @Enumerated(EnumType.STRING)
    @Column(name = "development_kind", length = 20)
    private DevelopmentKind developmentKind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "seller_uscc", nullable = false, length = 18)
    private String sellerUscc;

    @Column(name = "seller_name", nullable = false, length = 200)
    private String sellerName;

    @Column(name = "buyer_name", nullable = false, length = 200)
    private String buyerName;

    @Column(name = "buyer_uscc", length = 18)
    private String buyerUscc;

    @Column(name = "buyer_region", length = 6)
    private String buyerRegion;

    @Column(name = "intermediary_name", length = 200)
    private String intermediaryName;

    @Column(name = "intermediary_uscc", length = 18)
    private String intermediaryUscc;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "term_from", nullable = false)
    private LocalDate termFrom;

    @Column(name = "term_to", nullable = false)
    private LocalDate termTo;

    @Column(name = "contract_amount", nullable = false, precision = 18, scale = 2)
    private Money contractAmount;

    @Column(name = "declared_transaction_amount", precision = 18, scale = 2)
    private Money declaredTransactionAmount;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ContractStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String materials;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "missing_materials", columnDefinition = "jsonb")
    private String missingMaterials;

    @Column(name = "registration_number", length = 20)
    private String registrationNumber;

    @Column(name = "registered_amount", precision = 18, scale = 2)
    private Money registeredAmount;

    @Column(name = "deducted_costs", precision = 18, scale = 2)
    private Money deductedCosts;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "refusal_reasons", columnDefinition = "jsonb")
    private String refusalReasons;

    @Embedded
    private CaseClock clock;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected TechnologyContract() {
    }

    /** The contract as submitted: what it is and who signed it. */
    public record Terms(ContractType type, DevelopmentKind developmentKind, String title, String sellerUscc,
            String sellerName, String buyerName, String buyerUscc, String buyerRegion, String intermediaryName,
            String intermediaryUscc, LocalDate signedOn, LocalDate termFrom, LocalDate termTo, Money contractAmount,
            Money declaredTransactionAmount, String region) {
    }

    /** A submitted registration, due within the matter's limits counted from {@code today}. */
    public static TechnologyContract submit(String trackingNumber, ContractMatter matter, Terms terms,
            String materialsJson, LocalDate today, WorkingDayCalendar calendar, String submittedBy,
            OffsetDateTime now) {
        TechnologyContract c = new TechnologyContract();
        c.id = UUID.randomUUID();
        c.trackingNumber = trackingNumber;
        c.matterCode = matter.code();
        c.contractType = terms.type();
        c.developmentKind = terms.developmentKind();
        c.title = terms.title();
        c.sellerUscc = terms.sellerUscc();
        c.sellerName = terms.sellerName();
        c.buyerName = terms.buyerName();
        c.buyerUscc = terms.buyerUscc();
        c.buyerRegion = terms.buyerRegion();
        c.intermediaryName = terms.intermediaryName();
        c.intermediaryUscc = terms.intermediaryUscc();
        c.signedOn = terms.signedOn();
        c.termFrom = terms.termFrom();
        c.termTo = terms.termTo();
        c.contractAmount = terms.contractAmount();
        c.declaredTransactionAmount = terms.declaredTransactionAmount();
        c.region = terms.region();
        c.year = today.getYear();
        c.status = ContractStatus.SUBMITTED;
        c.materials = materialsJson;
        CaseLimits limits = matter.limits();
        c.clock = CaseClock.open(today, limits, calendar);
        c.submittedBy = submittedBy;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    /** Review found materials missing (补正): the clock stands still from today. */
    public void requestCorrection(String missingMaterialsJson, LocalDate today, OffsetDateTime now) {
        require("request-correction", ContractStatus.SUBMITTED);
        this.missingMaterials = missingMaterialsJson;
        clock.pause(today);
        moveTo(ContractStatus.CORRECTION_REQUESTED, now);
    }

    /** Checks that the missing materials may be handed in now. */
    public void requireResubmittable() {
        require("resubmit", ContractStatus.CORRECTION_REQUESTED);
    }

    /** The missing materials arrived: the clock runs again and both due dates move by the pause. */
    public void resubmit(String materialsJson, LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        requireResubmittable();
        clock.resume(today, calendar);
        this.materials = materialsJson;
        this.missingMaterials = null;
        moveTo(ContractStatus.SUBMITTED, now);
    }

    /** Checks that the contract may be registered now. */
    public void requireRegistrable() {
        require("register", ContractStatus.SUBMITTED);
    }

    /**
     * Registered under {@code number} with the approved transaction amount; the case closes. The amounts were checked by
     * the caller (the table refuses an amount above the contract's as well).
     */
    public void register(String number, Money registered, Money deducted, LocalDate today,
            WorkingDayCalendar calendar, OffsetDateTime now) {
        requireRegistrable();
        this.registrationNumber = number;
        this.registeredAmount = registered;
        this.deductedCosts = deducted;
        this.year = today.getYear();
        clock.close(today, calendar);
        moveTo(ContractStatus.REGISTERED, now);
    }

    /** Not a technology contract, or not registrable, for the reasons given; the case closes. */
    public void refuse(String reasonsJson, LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("refuse", ContractStatus.SUBMITTED, ContractStatus.CORRECTION_REQUESTED);
        this.refusalReasons = reasonsJson;
        this.missingMaterials = null;
        clock.close(today, calendar);
        moveTo(ContractStatus.REFUSED, now);
    }

    private void require(String action, ContractStatus... allowed) {
        IllegalTransitionException.requireState("TECHNOLOGY_CONTRACT_ILLEGAL_TRANSITION", action, status, status.actions(),
                allowed);
    }

    private void moveTo(ContractStatus next, OffsetDateTime now) {
        this.status = next;
        this.updatedAt = now;
    }

    /** The case's name on every record and event. */
    public CaseReference reference() {
        return new CaseReference(trackingNumber, matterCode, sellerUscc);
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

    public ContractType contractType() {
        return contractType;
    }

    public DevelopmentKind developmentKind() {
        return developmentKind;
    }

    public String title() {
        return title;
    }

    public String sellerUscc() {
        return sellerUscc;
    }

    public String sellerName() {
        return sellerName;
    }

    public String buyerName() {
        return buyerName;
    }

    public String buyerUscc() {
        return buyerUscc;
    }

    public String buyerRegion() {
        return buyerRegion;
    }

    public String intermediaryName() {
        return intermediaryName;
    }

    public String intermediaryUscc() {
        return intermediaryUscc;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate termFrom() {
        return termFrom;
    }

    public LocalDate termTo() {
        return termTo;
    }

    public Money contractAmount() {
        return contractAmount;
    }

    public Money declaredTransactionAmount() {
        return declaredTransactionAmount;
    }

    public String region() {
        return region;
    }

    public int year() {
        return year;
    }

    public ContractStatus status() {
        return status;
    }

    public String materialsJson() {
        return materials;
    }

    public String missingMaterialsJson() {
        return missingMaterials;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public Money registeredAmount() {
        return registeredAmount;
    }

    public Money deductedCosts() {
        return deductedCosts;
    }

    public String refusalReasonsJson() {
        return refusalReasons;
    }

    public CaseClock clock() {
        return clock;
    }

    public String submittedBy() {
        return submittedBy;
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
