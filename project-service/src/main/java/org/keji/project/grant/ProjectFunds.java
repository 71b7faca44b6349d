package org.keji.project.grant;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The money of one funded project, read-only here: inserted at approval with nothing scheduled, then moved only by
 * {@link FundsLedger}'s
 * conditional updates within the CHECKs of {@code project_funds}.
 */
@Entity
@Table(name = "project_funds")
public class ProjectFunds {

    @Id
    @Column(name = "application_id")
    private UUID applicationId;

    @Column(nullable = false, precision = 18, scale = 2, updatable = false)
    private BigDecimal granted;

    @Column(nullable = false, precision = 18, scale = 2, updatable = false)
    private BigDecimal scheduled;

    @Column(nullable = false, precision = 18, scale = 2, updatable = false)
    private BigDecimal paid;

    @Column(name = "clawed_back", nullable = false, precision = 18, scale = 2, updatable = false)
    private BigDecimal clawedBack;

    @Column(nullable = false, precision = 18, scale = 2, updatable = false)
    private BigDecimal recovered;

    protected ProjectFunds() {
    }

    static ProjectFunds granted(UUID applicationId, BigDecimal granted) {
        ProjectFunds funds = new ProjectFunds();
        funds.applicationId = applicationId;
        funds.granted = granted;
        funds.scheduled = BigDecimal.ZERO.setScale(2);
        funds.paid = funds.scheduled;
        funds.clawedBack = funds.scheduled;
        funds.recovered = funds.scheduled;
        return funds;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public BigDecimal granted() {
        return granted;
    }

    public BigDecimal scheduled() {
        return scheduled;
    }

    public BigDecimal paid() {
        return paid;
    }

    public BigDecimal clawedBack() {
        return clawedBack;
    }

    public BigDecimal recovered() {
        return recovered;
    }
}
