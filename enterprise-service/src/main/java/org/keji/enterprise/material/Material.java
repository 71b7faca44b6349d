package org.keji.enterprise.material;

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
 * A document in an enterprise's wallet (申报材料): its metadata here, its content in the object store under its
 * SHA-256. One row per owner and content: the same bytes uploaded again by the owner answer this row; uploaded by
 * another enterprise they get a row of their own over the same stored object.
 */
@Entity
@Table(name = "material")
public class Material {

    @Id
    private UUID id;

    @Column(name = "owner_uscc", nullable = false, length = 18)
    private String ownerUscc;

    @Column(nullable = false, length = 6)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MaterialKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 200)
    private String issuer;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Material() {
    }

    public static Material register(String ownerUscc, String region, MaterialKind kind, String title, String issuer,
            LocalDate validUntil, String fileName, String contentType, long size, String sha256, String uploadedBy,
            OffsetDateTime now) {
        Material material = new Material();
        material.id = UUID.randomUUID();
        material.ownerUscc = ownerUscc;
        material.region = region;
        material.kind = kind;
        material.title = title;
        material.issuer = issuer;
        material.validUntil = validUntil;
        material.fileName = fileName;
        material.contentType = contentType;
        material.size = size;
        material.sha256 = sha256;
        material.uploadedBy = uploadedBy;
        material.createdAt = now;
        return material;
    }

    /** Whether the document's validity ended before {@code today} (a document valid until today is still valid). */
    public boolean expiredOn(LocalDate today) {
        return validUntil != null && validUntil.isBefore(today);
    }

    public UUID id() {
        return id;
    }

    public String ownerUscc() {
        return ownerUscc;
    }

    public String region() {
        return region;
    }

    public MaterialKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String issuer() {
        return issuer;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
