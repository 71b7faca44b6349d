package org.keji.project.replica;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What project-service knows of an enterprise, kept from enterprise events so that eligibility checks need no call to
 * enterprise-service. {@code revision} counts the events applied to the row; {@code sourceVersion} is the registry's
 * version of the data it holds, so an older event delivered after a newer one is not applied.
 */
@Entity
@Table(name = "enterprise_replica")
public class EnterpriseReplica {

    @Id
    @Column(length = 18)
    private String uscc;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(name = "registration_date", nullable = false)
    private LocalDate registrationDate;

    @Column(nullable = false)
    private int revision;

    @Column(name = "source_version", nullable = false)
    private long sourceVersion;

    @Column(name = "last_event_id", nullable = false)
    private String lastEventId;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected EnterpriseReplica() {
    }

    static EnterpriseReplica of(String uscc) {
        EnterpriseReplica replica = new EnterpriseReplica();
        replica.uscc = uscc;
        return replica;
    }

    /**
     * Takes the registration data of an event (registered: version 0, or updated: the registry's version after the
     * change); one more revision. Data older than what the row holds is passed over: answers whether it was taken.
     */
    boolean registered(String name, String region, LocalDate registrationDate, long version, String eventId,
            OffsetDateTime now) {
        if (revision > 0 && version < sourceVersion) {
            return false;
        }
        this.sourceVersion = version;
        this.name = name;
        this.region = region;
        this.registrationDate = registrationDate;
        this.lastEventId = eventId;
        this.updatedAt = now;
        this.revision++;
        return true;
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

    public int revision() {
        return revision;
    }

    public long sourceVersion() {
        return sourceVersion;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
