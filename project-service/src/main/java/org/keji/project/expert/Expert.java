package org.keji.project.expert;

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
 * An expert of the bureau's pool (专家库). {@code subject} is the {@code sub} of the expert's token: how a signed-in
 * expert finds its record. Its organisation and fields decide which applications it may be drawn for.
 */
@Entity
@Table(name = "expert")
public class Expert {

    @Id
    private UUID id;

    @Column(nullable = false, length = 100)
    private String subject;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "organisation_uscc", nullable = false, length = 18)
    private String organisationUscc;

    @Column(name = "organisation_name", nullable = false, length = 200)
    private String organisationName;

    /** JSON array of field codes. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String fields;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(length = 100)
    private String title;

    @Column(length = 20)
    private String phone;

    @Column(name = "id_number", length = 18)
    private String idNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExpertAvailability availability;

    @Column(name = "unavailable_until")
    private LocalDate unavailableUntil;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Expert() {
    }

    /** What an officer states about an expert (create and replace). */
    public record Profile(String name, String organisationUscc, String organisationName, String fieldsJson,
            String region, String title, String phone, String idNumber, ExpertAvailability availability,
            LocalDate unavailableUntil) {
    }

    public static Expert create(String subject, Profile profile, String createdBy, OffsetDateTime now) {
        Expert expert = new Expert();
        expert.id = UUID.randomUUID();
        expert.subject = subject;
        expert.createdBy = createdBy;
        expert.createdAt = now;
        expert.update(profile, now);
        return expert;
    }

    public void update(Profile profile, OffsetDateTime now) {
        this.name = profile.name();
        this.organisationUscc = profile.organisationUscc();
        this.organisationName = profile.organisationName();
        this.fields = profile.fieldsJson();
        this.region = profile.region();
        this.title = profile.title();
        this.phone = profile.phone();
        this.idNumber = profile.idNumber();
        this.availability = profile.availability();
        this.unavailableUntil = profile.availability() == ExpertAvailability.UNAVAILABLE ? profile.unavailableUntil()
                : null;
        this.updatedAt = now;
    }

    /** Whether the expert may be drawn on {@code day}: available, or unavailable only until an earlier day. */
    public boolean availableOn(LocalDate day) {
        return availability == ExpertAvailability.AVAILABLE
                || unavailableUntil != null && day.isAfter(unavailableUntil);
    }

    public UUID id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String name() {
        return name;
    }

    public String organisationUscc() {
        return organisationUscc;
    }

    public String organisationName() {
        return organisationName;
    }

    public String fieldsJson() {
        return fields;
    }

    public String region() {
        return region;
    }

    public String title() {
        return title;
    }

    public String phone() {
        return phone;
    }

    public String idNumber() {
        return idNumber;
    }

    public ExpertAvailability availability() {
        return availability;
    }

    public LocalDate unavailableUntil() {
        return unavailableUntil;
    }

    public String createdBy() {
        return createdBy;
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
