package org.keji.ip.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An enforcement inspection (执法检查) of a place: the party inspected, the products looked at, and what follows from
 * the problems found. The problems are rows of their own ({@link InspectionProblem}); the follow-up is recorded later
 * against the version read.
 */
@Entity
@Table(name = "enforcement_inspection")
public class EnforcementInspection {

    @Id
    private UUID id;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(nullable = false, length = 300)
    private String place;

    @Column(name = "inspected_on", nullable = false)
    private LocalDate inspectedOn;

    @Column(nullable = false)
    private int year;

    @Column(name = "party_name", nullable = false, length = 200)
    private String partyName;

    @Column(name = "party_uscc", length = 18)
    private String partyUscc;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String products;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_action", nullable = false, length = 30)
    private FollowUpAction followUpAction;

    @Column(name = "follow_up_due_on")
    private LocalDate followUpDueOn;

    @Column(name = "follow_up_case_reference", length = 100)
    private String followUpCaseReference;

    @Column(name = "follow_up_transferred_to", length = 200)
    private String followUpTransferredTo;

    @Column(name = "follow_up_done_on")
    private LocalDate followUpDoneOn;

    @Column(name = "follow_up_note", length = 2000)
    private String followUpNote;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected EnforcementInspection() {
    }

    /** The follow-up as decided: the action and what it needs. */
    public record FollowUp(FollowUpAction action, LocalDate dueOn, String caseReference, String transferredTo,
            LocalDate doneOn, String note) {
    }

    public static EnforcementInspection record(String region, String place, LocalDate inspectedOn, String partyName,
            String partyUscc, String productsJson, FollowUp followUp, String recordedBy, OffsetDateTime now) {
        EnforcementInspection inspection = new EnforcementInspection();
        inspection.id = UUID.randomUUID();
        inspection.region = region;
        inspection.place = place;
        inspection.inspectedOn = inspectedOn;
        inspection.year = inspectedOn.getYear();
        inspection.partyName = partyName;
        inspection.partyUscc = partyUscc;
        inspection.products = productsJson;
        inspection.recordedBy = recordedBy;
        inspection.recordedAt = now;
        inspection.follow(followUp, now);
        return inspection;
    }

    /** Records the follow-up outcome, replacing the one recorded before. */
    public void follow(FollowUp followUp, OffsetDateTime now) {
        this.followUpAction = followUp.action();
        this.followUpDueOn = followUp.dueOn();
        this.followUpCaseReference = followUp.caseReference();
        this.followUpTransferredTo = followUp.transferredTo();
        this.followUpDoneOn = followUp.doneOn();
        this.followUpNote = followUp.note();
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String region() {
        return region;
    }

    public String place() {
        return place;
    }

    public LocalDate inspectedOn() {
        return inspectedOn;
    }

    public int year() {
        return year;
    }

    public String partyName() {
        return partyName;
    }

    public String partyUscc() {
        return partyUscc;
    }

    public String productsJson() {
        return products;
    }

    public FollowUp followUp() {
        return new FollowUp(followUpAction, followUpDueOn, followUpCaseReference, followUpTransferredTo,
                followUpDoneOn, followUpNote);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
