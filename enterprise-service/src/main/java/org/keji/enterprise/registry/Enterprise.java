package org.keji.enterprise.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An enterprise known to the bureau, identified by its unified social credit code. */
@Entity
@Table(name = "enterprise")
public class Enterprise {

    @Id
    private UUID id;

    @Column(nullable = false, length = 18)
    private String uscc;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(name = "registration_date", nullable = false)
    private LocalDate registrationDate;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Enterprise() {
    }

    public static Enterprise register(String uscc, String name, String region, LocalDate registrationDate,
            OffsetDateTime now) {
        Enterprise enterprise = new Enterprise();
        enterprise.id = UUID.randomUUID();
        enterprise.uscc = uscc;
        enterprise.name = name;
        enterprise.region = region;
        enterprise.registrationDate = registrationDate;
        enterprise.createdAt = now;
        enterprise.updatedAt = now;
        return enterprise;
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
}
