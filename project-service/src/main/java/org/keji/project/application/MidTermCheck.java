package org.keji.project.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One mid-term check (中期检查) of an active project, as the officer recorded it. */
@Entity
@Table(name = "project_mid_term_check")
public class MidTermCheck {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MidTermResult result;

    @Column(name = "rectification_due_on")
    private LocalDate rectificationDueOn;

    @Column(length = 2000)
    private String remarks;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "checked_by", nullable = false, length = 100)
    private String checkedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected MidTermCheck() {
    }

    public static MidTermCheck record(UUID applicationId, MidTermResult result, LocalDate rectificationDueOn,
            String remarks, LocalDate checkedOn, String checkedBy, OffsetDateTime now) {
        MidTermCheck check = new MidTermCheck();
        check.id = UUID.randomUUID();
        check.applicationId = applicationId;
        check.result = result;
        check.rectificationDueOn = rectificationDueOn;
        check.remarks = remarks;
        check.checkedOn = checkedOn;
        check.checkedBy = checkedBy;
        check.createdAt = now;
        return check;
    }

    public UUID id() {
        return id;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public MidTermResult result() {
        return result;
    }

    public LocalDate rectificationDueOn() {
        return rectificationDueOn;
    }

    public String remarks() {
        return remarks;
    }

    public LocalDate checkedOn() {
        return checkedOn;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
