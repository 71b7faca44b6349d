package org.keji.ip.population;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The resident population (常住人口) of a region in a year, in persons, with where the figure comes from; the
 * denominator of "valid invention patents per 10 000 residents". One figure per region and year, replaced as a whole.
 */
@Entity
@Table(name = "regional_population")
@IdClass(RegionalPopulation.Key.class)
public class RegionalPopulation {

    @Id
    @Column(nullable = false, length = 6)
    private String region;

    @Id
    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private long residents;

    @Column(nullable = false, length = 500)
    private String source;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected RegionalPopulation() {
    }

    public static RegionalPopulation record(String region, int year, long residents, String source, String by,
            OffsetDateTime now) {
        RegionalPopulation population = new RegionalPopulation();
        population.region = region;
        population.year = year;
        population.replace(residents, source, by, now);
        return population;
    }

    public void replace(long residents, String source, String by, OffsetDateTime now) {
        this.residents = residents;
        this.source = source;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public String region() {
        return region;
    }

    public int year() {
        return year;
    }

    public long residents() {
        return residents;
    }

    public String source() {
        return source;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** The identity: region and year. */
    public static class Key implements Serializable {

        private String region;
        private int year;

        protected Key() {
        }

        public Key(String region, int year) {
            this.region = region;
            this.year = year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.region.equals(region) && key.year == year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(region, year);
        }
    }
}
