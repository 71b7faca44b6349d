package org.keji.enterprise.application;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.keji.commons.problem.ConflictException;

/** An objection raised against a proposed certification during its publicity (公示异议), and how it was resolved. */
@Entity
@Table(name = "publicity_objection")
public class PublicityObjection {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(nullable = false, length = 4000)
    private String content;

    @Column(name = "raised_by", nullable = false, length = 100)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private OffsetDateTime raisedAt;

    @Column(length = 4000)
    private String resolution;

    private Boolean upheld;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    protected PublicityObjection() {
    }

    public static PublicityObjection raise(UUID applicationId, String content, String raisedBy, OffsetDateTime now) {
        PublicityObjection objection = new PublicityObjection();
        objection.id = UUID.randomUUID();
        objection.applicationId = applicationId;
        objection.content = content;
        objection.raisedBy = raisedBy;
        objection.raisedAt = now;
        return objection;
    }

    /**
     * @throws ConflictException {@code OBJECTION_ALREADY_RESOLVED} if it was resolved before
     */
    public void resolve(boolean upheld, String resolution, String resolvedBy, OffsetDateTime now) {
        if (this.upheld != null) {
            throw new ConflictException("OBJECTION_ALREADY_RESOLVED", id);
        }
        this.upheld = upheld;
        this.resolution = resolution;
        this.resolvedBy = resolvedBy;
        this.resolvedAt = now;
    }

    public boolean open() {
        return upheld == null;
    }

    public UUID id() {
        return id;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public String content() {
        return content;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public OffsetDateTime raisedAt() {
        return raisedAt;
    }

    public String resolution() {
        return resolution;
    }

    public Boolean upheld() {
        return upheld;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public OffsetDateTime resolvedAt() {
        return resolvedAt;
    }
}
