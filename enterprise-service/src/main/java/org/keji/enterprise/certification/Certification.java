package org.keji.enterprise.certification;

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

/** A certificate an enterprise holds: its type, number and validity. */
@Entity
@Table(name = "certification")
public class Certification {

    @Id
    private UUID id;

    @Column(nullable = false, length = 18)
    private String uscc;

    @Column(name = "certification_type", nullable = false, length = 30)
    private String certificationType;

    @Column(name = "certificate_number", nullable = false, length = 60)
    private String certificateNumber;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CertificationStatus status;

    @Column(nullable = false, length = 6)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CertificationOrigin origin;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Certification() {
    }

    /**
     * A certificate valid from {@code validFrom} to {@code validTo}; already expired when {@code validTo} is before
     * {@code today}.
     */
    public static Certification of(String uscc, CertificationType type, String certificateNumber, LocalDate validFrom,
            LocalDate validTo, String region, CertificationOrigin origin, LocalDate today, OffsetDateTime now) {
        Certification certification = new Certification();
        certification.id = UUID.randomUUID();
        certification.uscc = uscc;
        certification.certificationType = type.code();
        certification.certificateNumber = certificateNumber;
        certification.validFrom = validFrom;
        certification.validTo = validTo;
        certification.region = region;
        certification.origin = origin;
        certification.status = validTo.isBefore(today) ? CertificationStatus.EXPIRED : CertificationStatus.ACTIVE;
        certification.createdAt = now;
        certification.updatedAt = now;
        return certification;
    }

    /** The last day of a validity of {@code years} years starting on {@code validFrom}. */
    public static LocalDate validTo(LocalDate validFrom, int years) {
        return validFrom.plusYears(years).minusDays(1);
    }

    public UUID id() {
        return id;
    }

    public String uscc() {
        return uscc;
    }

    public String certificationType() {
        return certificationType;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public CertificationStatus status() {
        return status;
    }

    public String region() {
        return region;
    }

    public CertificationOrigin origin() {
        return origin;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
