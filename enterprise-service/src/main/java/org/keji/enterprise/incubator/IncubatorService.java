package org.keji.enterprise.incubator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.event.enterprise.IncubatorRegistered;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.paging.LikePatterns;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.web.EntityVersions;
import org.keji.enterprise.incubator.dto.IncubatorView;
import org.keji.enterprise.incubator.dto.RegisterIncubatorRequest;
import org.keji.enterprise.incubator.dto.UpdateIncubatorRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class IncubatorService {

    /** API sort field → entity attribute; level sorts by rank, national first. */
    private static final Map<String, String> SORT_ATTRIBUTES = Map.of("name", "name", "level", "levelRank",
            "recognisedOn", "recognisedOn");

    private final IncubatorRepository incubators;
    private final TenantRepository tenants;
    private final Outbox outbox;
    private final Clock clock;

    public IncubatorService(IncubatorRepository incubators, TenantRepository tenants, Outbox outbox, Clock clock) {
        this.incubators = incubators;
        this.tenants = tenants;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public IncubatorView register(RegisterIncubatorRequest request) {
        Incubator incubator = Incubator.register(request.particulars(), OffsetDateTime.now(clock));
        incubators.persist(incubator);
        outbox.publish(new IncubatorRegistered(incubator.id(), incubator.name(), incubator.kind().name(),
                incubator.level().name(), incubator.operatorUscc(), incubator.operatorName(), incubator.region(),
                incubator.spaceSquareMetres(), incubator.capacity(), incubator.recognisedOn()));
        return IncubatorView.of(incubator, IncubatorRepository.Figures.NONE);
    }

    public IncubatorView get(UUID id) {
        Incubator incubator = incubators.findByIdOptional(id).orElseThrow(() -> notFound(id));
        return IncubatorView.of(incubator, incubators.figures(id));
    }

    public Page<IncubatorView> list(IncubatorFilter filter, PageQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.level() != null) {
            conditions.add("level = :level");
            parameters.put("level", filter.level());
        }
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.region() != null) {
            conditions.add("region = :region");
            parameters.put("region", filter.region());
        }
        if (filter.nameContains() != null) {
            conditions.add("name like :name escape '\\'");
            parameters.put("name", LikePatterns.contains(filter.nameContains()));
        }
        String attribute = SORT_ATTRIBUTES.get(query.sortField());
        Sort sort = (query.ascending() ? Sort.ascending(attribute) : Sort.descending(attribute)).and("id");
        PanacheQuery<Incubator> found = conditions.isEmpty() ? incubators.findAll(sort)
                : incubators.find(String.join(" and ", conditions), sort, parameters);
        long total = found.count();
        List<Incubator> items = found.page(io.quarkus.panache.common.Page.of(query.page(), query.size())).list();
        Map<UUID, IncubatorRepository.Figures> figures = incubators.figures(items.stream().map(Incubator::id).toList());
        return new Page<>(items.stream()
                .map(i -> IncubatorView.of(i, figures.getOrDefault(i.id(), IncubatorRepository.Figures.NONE)))
                .toList(), query.page(), query.size(), total);
    }

    /**
     * Replaces the particulars. The row is locked so that the capacity check and concurrent admissions see each other,
     * and the version in the body is compared explicitly: under the lock Hibernate itself would never see a conflict.
     */
    @Transactional
    public IncubatorView update(UUID id, UpdateIncubatorRequest request) {
        Incubator incubator = incubators.findByIdForUpdate(id).orElseThrow(() -> notFound(id));
        EntityVersions.check(null, request.version(), incubator.version());
        long active = tenants.countIncubating(id);
        if (request.capacity() < active) {
            throw new BusinessRuleException("INCUBATOR_CAPACITY_BELOW_TENANTS",
                    String.valueOf(request.capacity()), String.valueOf(active));
        }
        incubator.update(request.particulars(), OffsetDateTime.now(clock));
        // the new version is assigned on flush, and the response carries it
        incubators.flush();
        return IncubatorView.of(incubator, incubators.figures(id));
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException("INCUBATOR_NOT_FOUND", id);
    }

    /** The directory's filters; null means not filtered. */
    public record IncubatorFilter(IncubatorLevel level, IncubatorKind kind, String region, String nameContains) {
    }
}
