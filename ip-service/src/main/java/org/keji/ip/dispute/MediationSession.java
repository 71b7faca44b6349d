package org.keji.ip.dispute;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One mediation session of a case (调解会): when, where, who mediated, who attended, what came of it. Never edited. */
@Entity
@Table(name = "ip_dispute_mediation_session")
public class MediationSession {

    @Id
    private UUID id;

    @Column(name = "dispute_id", nullable = false)
    private UUID disputeId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(nullable = false, length = 100)
    private String mediator;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String attendees;

    @Column(nullable = false, length = 4000)
    private String summary;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected MediationSession() {
    }

    public static MediationSession of(UUID disputeId, LocalDate heldOn, String place, String mediator,
            String attendeesJson, String summary, String recordedBy, OffsetDateTime now) {
        MediationSession session = new MediationSession();
        session.id = UUID.randomUUID();
        session.disputeId = disputeId;
        session.heldOn = heldOn;
        session.place = place;
        session.mediator = mediator;
        session.attendees = attendeesJson;
        session.summary = summary;
        session.recordedBy = recordedBy;
        session.recordedAt = now;
        return session;
    }

    public UUID id() {
        return id;
    }

    public UUID disputeId() {
        return disputeId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String place() {
        return place;
    }

    public String mediator() {
        return mediator;
    }

    public String attendeesJson() {
        return attendees;
    }

    public String summary() {
        return summary;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
