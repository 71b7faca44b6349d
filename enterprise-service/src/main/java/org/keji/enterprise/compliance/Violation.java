package org.keji.enterprise.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A violation or credit record of an enterprise shared with the bureau by the authority that decided it (违法失信记录).
 * Records are facts: they are added, never edited.
 */
@Entity
@Table(name = "enterprise_violation")
public class Violation {

    @Id
    private UUID id;

    @Column(nullable = false, length = 18)
    private String uscc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ViolationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ViolationSeverity severity;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(nullable = false, length = 200)
    private String authority;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "listed_until")
    private LocalDate listedUntil;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected Violation() {
    }

    public static Violation record(String uscc, ViolationKind kind, ViolationSeverity severity, LocalDate occurredOn,
            String authority, String description, LocalDate listedUntil, String recordedBy, OffsetDateTime now) {
        Violation violation = new Violation();
        violation.id = UUID.randomUUID();
        violation.uscc = uscc;
        violation.kind = kind;
        violation.severity = severity;
        violation.occurredOn = occurredOn;
        violation.authority = authority;
        violation.description = description;
        violation.listedUntil = listedUntil;
        violation.recordedBy = recordedBy;
        violation.recordedAt = now;
        return violation;
    }

    public UUID id() {
        return id;
    }

    public String uscc() {
        return uscc;
    }

    public ViolationKind kind() {
        return kind;
    }

    public ViolationSeverity severity() {
        return severity;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String authority() {
        return authority;
    }

    public String description() {
        return description;
    }

    public LocalDate listedUntil() {
        return listedUntil;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
