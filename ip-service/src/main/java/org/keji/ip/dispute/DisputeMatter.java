package org.keji.ip.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.keji.commons.cases.CaseLimits;

/**
 * The matter (事项) of a kind of case and its limits in working days, as data: the decision on the request, the
 * mediation or assistance from the acceptance (promised and legal), and the closing after it ended.
 */
@Entity
@Table(name = "ip_dispute_matter")
public class DisputeMatter {

    @Id
    @Enumerated(EnumType.STRING)
    private DisputeCategory category;

    @Column(name = "matter_code", nullable = false, length = 40)
    private String matterCode;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "decision_working_days", nullable = false)
    private int decisionWorkingDays;

    @Column(name = "handling_promised_days", nullable = false)
    private int handlingPromisedDays;

    @Column(name = "handling_legal_days", nullable = false)
    private int handlingLegalDays;

    @Column(name = "closing_working_days", nullable = false)
    private int closingWorkingDays;

    protected DisputeMatter() {
    }

    /** The limits of the whole case: decision, handling and closing. */
    public CaseLimits caseLimits() {
        return new CaseLimits(decisionWorkingDays + handlingPromisedDays + closingWorkingDays,
                decisionWorkingDays + handlingLegalDays + closingWorkingDays);
    }

    public DisputeCategory category() {
        return category;
    }

    public String matterCode() {
        return matterCode;
    }

    public String name() {
        return name;
    }

    public int decisionWorkingDays() {
        return decisionWorkingDays;
    }

    public int handlingPromisedDays() {
        return handlingPromisedDays;
    }

    public int handlingLegalDays() {
        return handlingLegalDays;
    }

    public int closingWorkingDays() {
        return closingWorkingDays;
    }
}
