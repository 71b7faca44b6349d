package org.keji.project.replica;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.keji.commons.event.enterprise.CertificationExpired;
import org.keji.commons.event.enterprise.CertificationGranted;
import org.keji.commons.event.enterprise.CertificationRevoked;

/**
 * project-service's replica of enterprises' certificates ({@code certification_replica}), one row per certificate,
 * fed by {@link EnterpriseEventConsumer} inside its inbox transaction. A revocation stays final: an expiry recorded
 * after it does not turn the certificate into an expired one. An end stays final too: enterprise-service grants every
 * certificate under a new id, so a grant of a known id is an older event arriving late (a replay under a new event id,
 * or the end seen first) and only fills in what the row does not know yet, never making it ACTIVE again.
 */
@ApplicationScoped
public class CertificationReplica {

    /** A certificate as eligibility reads it. */
    public record HeldCertificate(String type, String status, LocalDate validFrom, LocalDate validTo, LocalDate statusOn) {

        /** Whether it is held on {@code day}: ACTIVE and within its validity. */
        public boolean heldOn(LocalDate day) {
            return "ACTIVE".equals(status) && (validFrom == null || !validFrom.isAfter(day))
                    && (validTo == null || !validTo.isBefore(day));
        }
    }

    private final EntityManager entities;

    public CertificationReplica(EntityManager entities) {
        this.entities = entities;
    }

    void granted(CertificationGranted granted, String eventId) {
        entities.createNativeQuery("""
                INSERT INTO certification_replica AS c (id, uscc, certification_type, certificate_number, valid_from,
                    valid_to, status, status_on, last_event_id, updated_at)
                VALUES (:id, :uscc, :type, :number, :validFrom, :validTo, 'ACTIVE', NULL, :event, now())
                ON CONFLICT (id) DO UPDATE SET certification_type = excluded.certification_type,
                    certificate_number = excluded.certificate_number,
                    valid_from = coalesce(c.valid_from, excluded.valid_from),
                    valid_to = coalesce(c.valid_to, excluded.valid_to),
                    last_event_id = excluded.last_event_id, updated_at = now()""")
                .setParameter("id", granted.certificationId()).setParameter("uscc", granted.uscc())
                .setParameter("type", granted.certificationType()).setParameter("number", granted.certificateNumber())
                .setParameter("validFrom", granted.validFrom()).setParameter("validTo", granted.validTo())
                .setParameter("event", eventId).executeUpdate();
    }

    void revoked(CertificationRevoked revoked, String eventId) {
        ended(revoked.certificationId(), revoked.uscc(), revoked.certificationType(), revoked.certificateNumber(), null,
                "REVOKED", revoked.revokedOn(), eventId);
    }

    void expired(CertificationExpired expired, String eventId) {
        ended(expired.certificationId(), expired.uscc(), expired.certificationType(), expired.certificateNumber(),
                expired.validTo(), "EXPIRED", expired.expiredOn(), eventId);
    }

    private void ended(UUID id, String uscc, String type, String number, LocalDate validTo, String status,
            LocalDate on, String eventId) {
        entities.createNativeQuery("""
                INSERT INTO certification_replica AS c (id, uscc, certification_type, certificate_number, valid_from,
                    valid_to, status, status_on, last_event_id, updated_at)
                VALUES (:id, :uscc, :type, :number, NULL, CAST(:validTo AS date), :status, :on, :event, now())
                ON CONFLICT (id) DO UPDATE SET valid_to = coalesce(excluded.valid_to, c.valid_to),
                    status = CASE WHEN c.status = 'REVOKED' THEN 'REVOKED' ELSE excluded.status END,
                    status_on = CASE WHEN c.status = 'REVOKED' THEN c.status_on ELSE excluded.status_on END,
                    last_event_id = excluded.last_event_id, updated_at = now()""")
                .setParameter("id", id).setParameter("uscc", uscc).setParameter("type", type)
                .setParameter("number", number).setParameter("validTo", validTo).setParameter("status", status)
                .setParameter("on", on).setParameter("event", eventId).executeUpdate();
    }

    /** The certificates of {@code uscc} of the given types, in one query. */
    @SuppressWarnings("unchecked")
    public List<HeldCertificate> of(String uscc, Collection<String> types) {
        if (types.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entities.createNativeQuery("""
                SELECT certification_type, status, valid_from, valid_to, status_on FROM certification_replica
                WHERE uscc = :uscc AND certification_type IN (:types)""").setParameter("uscc", uscc)
                .setParameter("types", types).getResultList();
        return rows.stream().map(row -> new HeldCertificate((String) row[0], (String) row[1], date(row[2]),
                date(row[3]), date(row[4]))).toList();
    }

    static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate day -> day;
            case java.sql.Date day -> day.toLocalDate();
            default -> throw new IllegalStateException("not a date: " + value);
        };
    }
}
