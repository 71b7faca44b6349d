package org.keji.ip.patent;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A current holder of a patent: a derived cache of the log (FILED and the last TRANSFERRED name the holders). */
@Entity
@Table(name = "patent_holder")
public class PatentHolder {

    @Id
    private UUID id;

    @Column(name = "patent_id", nullable = false)
    private UUID patentId;

    @Column(nullable = false)
    private short position;

    @Column(nullable = false, length = 18)
    private String uscc;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal share;

    protected PatentHolder() {
    }

    public static PatentHolder of(UUID patentId, int position, String uscc, String name, BigDecimal share) {
        PatentHolder holder = new PatentHolder();
        holder.id = UUID.randomUUID();
        holder.patentId = patentId;
        holder.position = (short) position;
        holder.uscc = uscc;
        holder.name = name;
        holder.share = share;
        return holder;
    }

    public UUID patentId() {
        return patentId;
    }

    public int position() {
        return position;
    }

    public String uscc() {
        return uscc;
    }

    public String name() {
        return name;
    }

    public BigDecimal share() {
        return share;
    }
}
