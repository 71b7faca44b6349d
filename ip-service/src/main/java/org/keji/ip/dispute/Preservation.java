package org.keji.ip.dispute;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.keji.commons.problem.BusinessRuleException;

/**
 * A court's preservation order on patents (财产保全 / 诉前保全) as the bureau recorded it: in force from its first to its
 * last day, or until the day before the court lifted it. While it is, the patents are refused for pledge.
 */
@Entity
@Table(name = "ip_patent_preservation")
public class Preservation {

    @Id
    private UUID id;

    @Column(name = "dispute_id")
    private UUID disputeId;

    @Column(nullable = false, length = 6)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PreservationKind kind;

    @Column(nullable = false, length = 200)
    private String court;

    @Column(name = "order_number", nullable = false, length = 100)
    private String orderNumber;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_until", nullable = false)
    private LocalDate effectiveUntil;

    @Column(name = "lifted_on")
    private LocalDate liftedOn;

    @Column(name = "lift_order_number", length = 100)
    private String liftOrderNumber;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected Preservation() {
    }

    public static Preservation of(UUID disputeId, String region, PreservationKind kind, String court,
            String orderNumber, LocalDate effectiveFrom, LocalDate effectiveUntil, String recordedBy,
            OffsetDateTime now) {
        Preservation preservation = new Preservation();
        preservation.id = UUID.randomUUID();
        preservation.disputeId = disputeId;
        preservation.region = region;
        preservation.kind = kind;
        preservation.court = court;
        preservation.orderNumber = orderNumber;
        preservation.effectiveFrom = effectiveFrom;
        preservation.effectiveUntil = effectiveUntil;
        preservation.recordedBy = recordedBy;
        preservation.recordedAt = now;
        return preservation;
    }

    /**
     * The court lifted the order (解除保全) from {@code liftedOn}: from that day it no longer holds the patents.
     *
     * @throws BusinessRuleException 422 {@code PRESERVATION_NOT_IN_FORCE} if it was lifted already, or the day is not
     *         after its first day or is after its last
     */
    public void lift(LocalDate liftedOn, String liftOrderNumber) {
        if (this.liftedOn != null || !liftedOn.isAfter(effectiveFrom) || liftedOn.isAfter(effectiveUntil)) {
            throw new BusinessRuleException("PRESERVATION_NOT_IN_FORCE", orderNumber, liftedOn);
        }
        this.liftedOn = liftedOn;
        this.liftOrderNumber = liftOrderNumber;
    }

    /** Whether the order holds its patents on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && !day.isAfter(effectiveUntil)
                && (liftedOn == null || day.isBefore(liftedOn));
    }

    public LocalDate liftedOn() {
        return liftedOn;
    }

    public String liftOrderNumber() {
        return liftOrderNumber;
    }

    public UUID id() {
        return id;
    }

    public UUID disputeId() {
        return disputeId;
    }

    public String region() {
        return region;
    }

    public PreservationKind kind() {
        return kind;
    }

    public String court() {
        return court;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate effectiveUntil() {
        return effectiveUntil;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
