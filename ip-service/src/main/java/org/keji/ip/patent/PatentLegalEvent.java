package org.keji.ip.patent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a patent's legal-status log; the database refuses to change or remove it. */
@Entity
@Immutable
@Table(name = "patent_legal_event")
public class PatentLegalEvent {

    @Id
    private UUID id;

    @Column(name = "patent_id", nullable = false)
    private UUID patentId;

    @Column(nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private LegalEventKind kind;

    @Column(name = "national_code", nullable = false, length = 10)
    private String nationalCode;

    @Column(name = "st27_category", nullable = false, length = 1)
    private String st27Category;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    /** {@link org.keji.ip.patent.dto.LegalEventDetails} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String details;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected PatentLegalEvent() {
    }

    public static PatentLegalEvent of(UUID patentId, int sequence, LegalEventKind kind, LocalDate effectiveDate,
            String details, String recordedBy, OffsetDateTime now) {
        PatentLegalEvent event = new PatentLegalEvent();
        event.id = UUID.randomUUID();
        event.patentId = patentId;
        event.sequence = sequence;
        event.kind = kind;
        event.nationalCode = kind.nationalCode();
        event.st27Category = String.valueOf(kind.st27Category());
        event.effectiveDate = effectiveDate;
        event.details = details;
        event.recordedBy = recordedBy;
        event.recordedAt = now;
        return event;
    }

    public UUID id() {
        return id;
    }

    public UUID patentId() {
        return patentId;
    }

    public int sequence() {
        return sequence;
    }

    public LegalEventKind kind() {
        return kind;
    }

    public String nationalCode() {
        return nationalCode;
    }

    public String st27Category() {
        return st27Category;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public String details() {
        return details;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
