package org.keji.project.replica;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.keji.commons.event.enterprise.ViolationRecorded;

/**
 * project-service's replica of enterprises' violation and credit records ({@code violation_replica}), fed by
 * {@link EnterpriseEventConsumer} inside its inbox transaction. Records are never edited.
 */
@ApplicationScoped
public class ViolationReplica {

    /**
     * What makes an enterprise ineligible for a call that refuses violations, on a day: a dishonesty listing
     * ({@code DISHONESTY}, {@code RESEARCH_DISHONESTY}) in force (begun on or before the day, {@code listedUntil} null
     * = open-ended, or on or after the day), or a {@code MAJOR} violation of any kind that occurred within the
     * {@value #MAJOR_LOOKBACK_YEARS} years up to the day.
     */
    public static final int MAJOR_LOOKBACK_YEARS = 3;

    /** A record as eligibility reads it. */
    public record Record(String kind, String severity, LocalDate occurredOn, LocalDate listedUntil) {
    }

    private final EntityManager entities;

    public ViolationReplica(EntityManager entities) {
        this.entities = entities;
    }

    void recorded(ViolationRecorded violation, String eventId) {
        entities.createNativeQuery("""
                INSERT INTO violation_replica (id, uscc, kind, severity, occurred_on, listed_until, last_event_id,
                    updated_at)
                VALUES (:id, :uscc, :kind, :severity, :occurredOn, CAST(:listedUntil AS date), :event, now())
                ON CONFLICT (id) DO NOTHING""").setParameter("id", violation.id())
                .setParameter("uscc", violation.uscc()).setParameter("kind", violation.kind())
                .setParameter("severity", violation.severity()).setParameter("occurredOn", violation.occurredOn())
                .setParameter("listedUntil", violation.listedUntil()).setParameter("event", eventId).executeUpdate();
    }

    /** The records of {@code uscc} that bar it on {@code day} (see {@link #MAJOR_LOOKBACK_YEARS}), in one query. */
    @SuppressWarnings("unchecked")
    public List<Record> barring(String uscc, LocalDate day) {
        List<Object[]> rows = entities.createNativeQuery("""
                SELECT kind, severity, occurred_on, listed_until FROM violation_replica
                WHERE uscc = :uscc AND occurred_on <= :day
                  AND ((kind IN ('DISHONESTY', 'RESEARCH_DISHONESTY') AND (listed_until IS NULL OR listed_until >= :day))
                       OR (severity = 'MAJOR' AND occurred_on > :since))
                ORDER BY occurred_on, id""").setParameter("uscc", uscc).setParameter("day", day)
                .setParameter("since", day.minusYears(MAJOR_LOOKBACK_YEARS)).getResultList();
        return rows.stream().map(row -> new Record((String) row[0], (String) row[1],
                CertificationReplica.date(row[2]), CertificationReplica.date(row[3]))).toList();
    }
}
