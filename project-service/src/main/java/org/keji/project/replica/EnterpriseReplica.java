package org.keji.project.replica;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What project-service knows of an enterprise, kept from enterprise events so that eligibility checks need no call to
 * enterprise-service. {@code revision} counts the events applied to the row.
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

    /** Takes the registration data of an event (registered or updated); one more revision. */
    void registered(String name, String region, LocalDate registrationDate, String eventId, OffsetDateTime now) {
        this.name = name;
        this.region = region;
        this.registrationDate = registrationDate;
        this.lastEventId = eventId;
        this.updatedAt = now;
        this.revision++;
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

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
