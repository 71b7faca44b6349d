package org.keji.project.expert;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.project.application.ProjectStatus;
import org.keji.project.call.CallCategory;
import org.keji.project.expert.dto.AssignmentSummaryView;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<ExpertAssignment, UUID> {

    /** A scoring criterion of a call category with its weight (the weights of a category sum to 100). */
    public record Criterion(String criterion, String name, int weight) {
    }

    /** What the ranking needs of one application in expert review. */
    public record ScoreSummary(UUID applicationId, String trackingNumber, OffsetDateTime submittedAt, int scored,
            BigDecimal totalSum, BigDecimal lowestTotal) {
    }

    /** The sortable fields of the assignment list and their columns. */
    public static final Map<String, String> SORTABLE = Map.of("createdAt", "a.created_at", "trackingNumber",
            "p.tracking_number");

    /**
     * The criteria of the assignment list; null = any. {@code expertSubject} keeps an expert to its own, {@code reach}
     * an officer to its region (a LIKE pattern).
     */
    public record Filter(UUID applicationId, UUID callId, AssignmentStatus status, String expertSubject,
            String reach) {
    }

    /** One page of assignments with their application and expert, in one query (and one count). */
    @SuppressWarnings("unchecked")
    public Page<AssignmentSummaryView> search(Filter filter, PageQuery query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.applicationId() != null) {
            where.add("a.application_id = :application");
            parameters.put("application", filter.applicationId());
        }
        if (filter.callId() != null) {
            where.add("p.call_id = :call");
            parameters.put("call", filter.callId());
        }
        if (filter.status() != null) {
            where.add("a.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.expertSubject() != null) {
            where.add("e.subject = :subject");
            parameters.put("subject", filter.expertSubject());
        }
        if (filter.reach() != null) {
            where.add("p.region LIKE :reach");
            parameters.put("reach", filter.reach());
        }
        String from = " FROM expert_assignment a JOIN project_application p ON p.id = a.application_id"
                + " JOIN expert e ON e.id = a.expert_id" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        String direction = query.ascending() ? " ASC" : " DESC";
        Query items = getEntityManager().createNativeQuery("SELECT a.id, a.application_id, p.tracking_number, p.title,"
                + " p.field, p.call_id, a.expert_id, e.name, a.status, a.weighted_total, a.created_at" + from
                + " ORDER BY " + SORTABLE.get(query.sortField()) + direction + ", a.id" + direction);
        Query count = getEntityManager().createNativeQuery("SELECT count(*)" + from);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Object[]> rows = items.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();
        List<AssignmentSummaryView> views = rows.stream().map(r -> new AssignmentSummaryView((UUID) r[0],
                (UUID) r[1], (String) r[2], (String) r[3], (String) r[4], (UUID) r[5], (UUID) r[6], (String) r[7],
                AssignmentStatus.valueOf((String) r[8]), (BigDecimal) r[9], offset(r[10]))).toList();
        return Page.of(views, query, ((Number) count.getSingleResult()).longValue());
    }

    /** Experts that declared a conflict for any application of the enterprise {@code uscc} (回避: the enterprise). */
    public Set<UUID> conflictedFor(String uscc) {
        return uuids(getEntityManager().createNativeQuery("""
                SELECT a.expert_id FROM expert_assignment a JOIN project_application p ON p.id = a.application_id
                WHERE a.status = 'DECLINED' AND p.uscc = :uscc""").setParameter("uscc", uscc).getResultList());
    }

    /** Experts drawn for the application before, whatever became of their assignment. */
    public Set<UUID> drawnFor(UUID applicationId) {
        return uuids(getEntityManager()
                .createNativeQuery("SELECT expert_id FROM expert_assignment WHERE application_id = :application")
                .setParameter("application", applicationId).getResultList());
    }

    /** The assignments of an application that were not declined. */
    public long countStanding(UUID applicationId) {
        return count("applicationId = ?1 and status <> ?2", applicationId, AssignmentStatus.DECLINED);
    }

    public List<ExpertAssignment> ofDraw(UUID drawId) {
        return list("drawId = ?1 order by position", drawId);
    }

    /**
     * Whether the expert with token subject {@code subject} has a standing (not declined) assignment on a running
     * application of {@code uscc}: one query over the indexes of the three tables.
     */
    public boolean assigned(String subject, String uscc) {
        return !getEntityManager().createNativeQuery("""
                SELECT 1 FROM expert e
                JOIN expert_assignment a ON a.expert_id = e.id AND a.status <> 'DECLINED'
                JOIN project_application p ON p.id = a.application_id
                WHERE e.subject = :subject AND p.uscc = :uscc AND p.status IN (:open) LIMIT 1""")
                .setParameter("subject", subject).setParameter("uscc", uscc)
                .setParameter("open", ProjectStatus.OPEN.stream().map(Enum::name).toList()).getResultList().isEmpty();
    }

    /** The scoring criteria of a call category, in their order. */
    @SuppressWarnings("unchecked")
    public List<Criterion> criteria(CallCategory category) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT criterion, name, weight FROM expert_review_criterion WHERE category = :category
                ORDER BY position""").setParameter("category", category.name()).getResultList();
        return rows.stream().map(r -> new Criterion((String) r[0], (String) r[1], ((Number) r[2]).intValue()))
                .toList();
    }

    /**
     * Locks the applications of the call still before or in expert review (in id order, so concurrent rankings,
     * drawings and formal reviews queue rather than deadlock) and answers the tracking numbers of those not yet through
     * formal review (submitted or awaiting a correction), in order.
     */
    @SuppressWarnings("unchecked")
    public List<String> lockReviewAndListPending(UUID callId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT id, tracking_number, status FROM project_application
                WHERE call_id = :call AND status IN ('SUBMITTED', 'CORRECTION_REQUESTED', 'EXPERT_REVIEW')
                ORDER BY id FOR UPDATE""").setParameter("call", callId).getResultList();
        return rows.stream().filter(r -> !"EXPERT_REVIEW".equals(r[2])).map(r -> (String) r[1]).sorted().toList();
    }

    /**
     * Sums the scored assignments of the call's applications in expert review in one aggregate query (their rows
     * locked by {@link #lockReviewAndListPending}).
     */
    @SuppressWarnings("unchecked")
    public List<ScoreSummary> summarise(UUID callId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT p.id, p.tracking_number, p.submitted_at,
                       count(a.id) FILTER (WHERE a.status = 'SCORED'),
                       sum(a.weighted_total) FILTER (WHERE a.status = 'SCORED'),
                       min(a.weighted_total) FILTER (WHERE a.status = 'SCORED')
                FROM project_application p LEFT JOIN expert_assignment a ON a.application_id = p.id
                WHERE p.call_id = :call AND p.status = 'EXPERT_REVIEW'
                GROUP BY p.id, p.tracking_number, p.submitted_at""").setParameter("call", callId).getResultList();
        return rows.stream().map(r -> new ScoreSummary((UUID) r[0], (String) r[1], offset(r[2]),
                ((Number) r[3]).intValue(), (BigDecimal) r[4], (BigDecimal) r[5])).toList();
    }

    private static OffsetDateTime offset(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return value == null ? null : ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static Set<UUID> uuids(Collection<?> rows) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(row -> ids.add((UUID) row));
        return ids;
    }
}
