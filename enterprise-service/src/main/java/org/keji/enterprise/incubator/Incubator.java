package org.keji.enterprise.incubator;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

/** An incubator or maker space (孵化器 / 众创空间) recognised by a government level, with a number of tenant places. */
@Entity
@Table(name = "incubator")
public class Incubator {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncubatorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncubatorLevel level;

    /** Computed by the database from {@link #level}, only to sort by level with national first. */
    @Column(name = "level_rank", insertable = false, updatable = false)
    private short levelRank;

    @Column(name = "operator_uscc", nullable = false, length = 18)
    private String operatorUscc;

    @Column(name = "operator_name", nullable = false, length = 200)
    private String operatorName;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(name = "space_square_metres", nullable = false, precision = 12, scale = 2)
    private BigDecimal spaceSquareMetres;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "recognised_on", nullable = false)
    private LocalDate recognisedOn;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Incubator() {
    }

    public static Incubator register(Particulars particulars, OffsetDateTime now) {
        Incubator incubator = new Incubator();
        incubator.id = UUID.randomUUID();
        incubator.apply(particulars);
        incubator.createdAt = now;
        incubator.updatedAt = now;
        return incubator;
    }

    /** Replaces the particulars; the caller has checked that the capacity still holds the active tenants. */
    public void update(Particulars particulars, OffsetDateTime now) {
        apply(particulars);
        updatedAt = now;
    }

    public boolean isFull(long activeTenants) {
        return activeTenants >= capacity;
    }

    private void apply(Particulars p) {
        name = p.name();
        kind = p.kind();
        level = p.level();
        operatorUscc = p.operatorUscc();
        operatorName = p.operatorName();
        region = p.region();
        // as numeric(12,2) returns it, so a response right after a write reads like a later GET
        spaceSquareMetres = p.spaceSquareMetres().setScale(2, RoundingMode.UNNECESSARY);
        capacity = p.capacity();
        recognisedOn = p.recognisedOn();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public IncubatorKind kind() {
        return kind;
    }

    public IncubatorLevel level() {
        return level;
    }

    public String operatorUscc() {
        return operatorUscc;
    }

    public String operatorName() {
        return operatorName;
    }

    public String region() {
        return region;
    }

    public BigDecimal spaceSquareMetres() {
        return spaceSquareMetres;
    }

    public int capacity() {
        return capacity;
    }

    public LocalDate recognisedOn() {
        return recognisedOn;
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

    /** What an officer records about an incubator, on registration and on update alike. */
    public record Particulars(String name, IncubatorKind kind, IncubatorLevel level, String operatorUscc,
            String operatorName, String region, BigDecimal spaceSquareMetres, int capacity, LocalDate recognisedOn) {
    }
}
