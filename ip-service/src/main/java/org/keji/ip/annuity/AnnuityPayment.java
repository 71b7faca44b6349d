package org.keji.ip.annuity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.keji.commons.money.Money;
import org.keji.ip.annuity.AnnuityRules.AnnuityCharge;

/**
 * One year's annuity paid to CNIPA for a patent (年费缴纳记录), as the bureau recorded it: the charge computed from the
 * schedule in force on the payment date and the surcharge of that date. Written once; the database refuses updates and
 * deletes, and at most one payment per patent and year ({@link #YEAR_UNIQUE}).
 */
@Entity
@Table(name = "patent_annuity_payment")
public class AnnuityPayment {

    public static final String YEAR_UNIQUE = "patent_annuity_payment_year_unique";

    @Id
    private UUID id;

    @Column(name = "patent_id", nullable = false)
    private UUID patentId;

    @Column(name = "term_year", nullable = false)
    private short termYear;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(name = "month_of_grace", nullable = false)
    private short monthOfGrace;

    @Column(nullable = false, precision = 18, scale = 2)
    private Money fee;

    @Column(name = "surcharge_rate", nullable = false, precision = 3, scale = 2)
    private BigDecimal surchargeRate;

    @Column(nullable = false, precision = 18, scale = 2)
    private Money surcharge;

    @Column(nullable = false, precision = 18, scale = 2)
    private Money total;

    @Column(nullable = false)
    private boolean restoration;

    @Column(name = "schedule_id", nullable = false)
    private UUID scheduleId;

    @Column(name = "receipt_material_id")
    private UUID receiptMaterialId;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected AnnuityPayment() {
    }

    /** The payment of year {@code termYear} on {@code paidOn} at the {@code charge} computed for that day. */
    public static AnnuityPayment record(UUID patentId, int termYear, LocalDate paidOn, AnnuityCharge charge,
            boolean restoration, UUID scheduleId, UUID receiptMaterialId, String region, String recordedBy,
            OffsetDateTime now) {
        AnnuityPayment payment = new AnnuityPayment();
        payment.id = UUID.randomUUID();
        payment.patentId = patentId;
        payment.termYear = (short) termYear;
        payment.dueOn = charge.dueOn();
        payment.paidOn = paidOn;
        payment.monthOfGrace = charge.monthOfGrace().shortValue();
        payment.fee = charge.fee();
        payment.surchargeRate = charge.surchargeRate();
        payment.surcharge = charge.surcharge();
        payment.total = charge.total();
        payment.restoration = restoration;
        payment.scheduleId = scheduleId;
        payment.receiptMaterialId = receiptMaterialId;
        payment.region = region;
        payment.recordedBy = recordedBy;
        payment.recordedAt = now;
        return payment;
    }

    public UUID id() {
        return id;
    }

    public UUID patentId() {
        return patentId;
    }

    public int termYear() {
        return termYear;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public int monthOfGrace() {
        return monthOfGrace;
    }

    public Money fee() {
        return fee;
    }

    public BigDecimal surchargeRate() {
        return surchargeRate;
    }

    public Money surcharge() {
        return surcharge;
    }

    public Money total() {
        return total;
    }

    public boolean restoration() {
        return restoration;
    }

    public UUID scheduleId() {
        return scheduleId;
    }

    public UUID receiptMaterialId() {
        return receiptMaterialId;
    }

    public String region() {
        return region;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
