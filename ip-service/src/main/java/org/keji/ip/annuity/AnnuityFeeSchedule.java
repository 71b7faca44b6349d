package org.keji.ip.annuity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.money.Money;

/**
 * One version of the annuity schedule of a patent kind (年费标准), in force from {@code effectiveFrom} until the next
 * version of the kind. Written once, never changed (the database refuses updates): a new notice is a new version, so a
 * quote made under an earlier one stays reproducible. The term of the kind is the schedule's last year (20, 10, 15).
 */
@Entity
@Table(name = "patent_annuity_fee_schedule")
public class AnnuityFeeSchedule {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "patent_type", nullable = false, length = 20)
    private PatentType patentType;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "term_years", nullable = false)
    private int termYears;

    @Column(nullable = false, length = 500)
    private String source;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    // a page of schedules loads the bands of up to 100 schedules in one query
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "patent_annuity_fee_band", joinColumns = @JoinColumn(name = "schedule_id"))
    @OrderBy("fromYear")
    private List<AnnuityFeeBand> bands = new ArrayList<>();

    protected AnnuityFeeSchedule() {
    }

    /** A new version; {@code bands} must cover years 1 to the term without gaps or overlaps (checked by the service). */
    public static AnnuityFeeSchedule publish(PatentType patentType, LocalDate effectiveFrom, List<AnnuityFeeBand> bands,
            String source, String publishedBy, OffsetDateTime now) {
        AnnuityFeeSchedule schedule = new AnnuityFeeSchedule();
        schedule.id = UUID.randomUUID();
        schedule.patentType = patentType;
        schedule.effectiveFrom = effectiveFrom;
        schedule.bands = new ArrayList<>(bands);
        schedule.termYears = bands.get(bands.size() - 1).toYear();
        schedule.source = source;
        schedule.publishedBy = publishedBy;
        schedule.publishedAt = now;
        return schedule;
    }

    /** The annuity of year {@code termYear}; empty beyond the term. */
    public Optional<Money> feeOf(int termYear) {
        return bands.stream().filter(band -> band.covers(termYear)).map(AnnuityFeeBand::amount).findFirst();
    }

    public UUID id() {
        return id;
    }

    public PatentType patentType() {
        return patentType;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public int termYears() {
        return termYears;
    }

    public String source() {
        return source;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public List<AnnuityFeeBand> bands() {
        return List.copyOf(bands);
    }
}
