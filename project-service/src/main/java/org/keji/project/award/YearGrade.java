package org.keji.project.award;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.keji.commons.money.Money;
import org.keji.commons.problem.ConflictException;

/**
 * One grade of the award in one year (年度奖励等级), as the bureau published it: the fixed amount every award of the grade
 * that year pays, and an optional quota. How many were awarded only moves by the decision's conditional UPDATE
 * ({@link YearGradeRepository#award}); once a decision references the grade it is not edited any more.
 */
@Entity
@Table(name = "award_grade")
public class YearGrade {

    @Id
    private UUID id;

    @Column(nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AwardGrade grade;

    @Column(nullable = false, precision = 18, scale = 2)
    private Money amount;

    private Integer quota;

    @Column(name = "awarded_count", nullable = false, insertable = false, updatable = false)
    private int awardedCount;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected YearGrade() {
    }

    /** A grade of {@code year} as published. */
    public static YearGrade publish(int year, AwardGrade grade, Money amount, Integer quota, String publishedBy,
            OffsetDateTime now) {
        YearGrade g = new YearGrade();
        g.id = UUID.randomUUID();
        g.year = year;
        g.grade = grade;
        g.amount = amount;
        g.quota = quota;
        g.publishedBy = publishedBy;
        g.createdAt = now;
        g.updatedAt = now;
        return g;
    }

    /** Whether a decision references this grade: then it is not edited any more. */
    public boolean inUse() {
        return awardedCount > 0;
    }

    /**
     * Publishes new terms; unchanged terms change nothing. A grade in use refuses any change (409
     * {@code AWARD_GRADE_IN_USE}).
     *
     * @return whether anything changed
     */
    public boolean revise(Money newAmount, Integer newQuota, String publisher, OffsetDateTime now) {
        if (amount.equals(newAmount) && Objects.equals(quota, newQuota)) {
            return false;
        }
        requireUnused();
        this.amount = newAmount;
        this.quota = newQuota;
        this.publishedBy = publisher;
        this.updatedAt = now;
        return true;
    }

    /** Refuses to change or withdraw a grade a decision references. */
    public void requireUnused() {
        if (inUse()) {
            throw new ConflictException("AWARD_GRADE_IN_USE", year, grade, awardedCount);
        }
    }

    public UUID id() {
        return id;
    }

    public int year() {
        return year;
    }

    public AwardGrade grade() {
        return grade;
    }

    public Money amount() {
        return amount;
    }

    public Integer quota() {
        return quota;
    }

    public int awardedCount() {
        return awardedCount;
    }

    public String publishedBy() {
        return publishedBy;
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
