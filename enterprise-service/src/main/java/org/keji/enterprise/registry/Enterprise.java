package org.keji.enterprise.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.keji.commons.identifier.Uscc;

/** An enterprise known to the bureau, identified by its unified social credit code. */
@Entity
@Table(name = "enterprise")
public class Enterprise {

    /** GB/T 4754-2017 industry code: the section letter, optionally followed by the division, group or class digits. */
    public static final String INDUSTRY_PATTERN = "[A-T](\\d{2}|\\d{3}|\\d{4})?";
    /** GB/T 2260 region code. */
    public static final String REGION_PATTERN = "\\d{6}";
    /** The unique constraint on {@code uscc} (V1): a second registration of a code violates it. */
    public static final String USCC_UNIQUE = "enterprise_uscc_unique";

    @Id
    private UUID id;

    @Column(nullable = false, length = 18)
    private String uscc;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(length = 5)
    private String industry;

    @Column(name = "registration_date", nullable = false)
    private LocalDate registrationDate;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    /** Who accepted a code that fails its check character, why and when; null for a code that passes it. */
    @Column(name = "check_digit_override_by", length = 100)
    private String checkDigitOverrideBy;

    @Column(name = "check_digit_override_reason", length = 500)
    private String checkDigitOverrideReason;

    @Column(name = "check_digit_override_at")
    private OffsetDateTime checkDigitOverrideAt;

    protected Enterprise() {
    }

    public static Enterprise register(String uscc, String name, String region, String industry,
            LocalDate registrationDate, OffsetDateTime now) {
        Enterprise enterprise = new Enterprise();
        enterprise.id = UUID.randomUUID();
        enterprise.uscc = uscc;
        enterprise.name = name;
        enterprise.region = region;
        enterprise.industry = industry;
        enterprise.registrationDate = registrationDate;
        enterprise.createdAt = now;
        enterprise.updatedAt = now;
        return enterprise;
    }

    /**
     * Records that {@code by} accepted this enterprise's code although it fails its check character (one of the real
     * early pilot codes), and why. The syntax was checked before; a code that passes its check needs no override.
     *
     * @throws IllegalStateException if the code passes its check or an override is recorded already
     */
    public void acceptFailedCheckCharacter(String by, String reason, OffsetDateTime now) {
        if (Uscc.hasValidCheckCharacter(uscc)) {
            throw new IllegalStateException("the check character of " + uscc + " is right: nothing to override");
        }
        if (checkDigitOverrideBy != null) {
            throw new IllegalStateException("the check character of " + uscc + " was accepted already");
        }
        this.checkDigitOverrideBy = by;
        this.checkDigitOverrideReason = reason;
        this.checkDigitOverrideAt = now;
    }

    /**
     * Replaces the registration data; the service has checked that the change is based on the current version (a
     * change based on an older read would silently undo someone else's).
     */
    public void update(String name, String region, String industry, LocalDate registrationDate, OffsetDateTime now) {
        this.name = name;
        this.region = region;
        this.industry = industry;
        this.registrationDate = registrationDate;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String uscc() {
        return uscc;
    }

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    public String industry() {
        return industry;
    }

    public LocalDate registrationDate() {
        return registrationDate;
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

    public String checkDigitOverrideBy() {
        return checkDigitOverrideBy;
    }

    public String checkDigitOverrideReason() {
        return checkDigitOverrideReason;
    }

    public OffsetDateTime checkDigitOverrideAt() {
        return checkDigitOverrideAt;
    }
}
