package org.keji.enterprise.incubator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.keji.commons.money.Money;

/** A seed-fund payment (种子资金) to a tenant; recorded once, never changed. */
@Entity
@Table(name = "incubator_seed_fund_payment")
public class SeedFundPayment {

    @Id
    private UUID id;

    /** Kept with the payment so an incubator's total is summed without a join. */
    @Column(name = "incubator_id", nullable = false)
    private UUID incubatorId;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(nullable = false, precision = 18, scale = 2)
    private Money amount;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(nullable = false, length = 500)
    private String purpose;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected SeedFundPayment() {
    }

    public static SeedFundPayment record(Tenant tenant, Money amount, LocalDate paidOn, String purpose,
            OffsetDateTime now) {
        tenant.checkSeedFundPayment(paidOn);
        SeedFundPayment payment = new SeedFundPayment();
        payment.id = UUID.randomUUID();
        payment.incubatorId = tenant.incubatorId();
        payment.tenantId = tenant.id();
        payment.amount = amount;
        payment.paidOn = paidOn;
        payment.purpose = purpose;
        payment.createdAt = now;
        return payment;
    }

    public UUID id() {
        return id;
    }

    public UUID incubatorId() {
        return incubatorId;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public Money amount() {
        return amount;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public String purpose() {
        return purpose;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
