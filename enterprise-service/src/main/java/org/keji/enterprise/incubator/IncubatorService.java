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
import org.keji.commons.security.Caller;
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
    private final Caller caller;
    private final Clock clock;

    public IncubatorService(IncubatorRepository incubators, TenantRepository tenants, Outbox outbox, Caller caller,
            Clock clock) {
        this.incubators = incubators;
        this.tenants = tenants;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public IncubatorView register(RegisterIncubatorRequest request) {
        caller.requireRegion(request.particulars().region());
        Incubator incubator = Incubator.register(request.particulars(), OffsetDateTime.now(clock));
        incubators.persist(incubator);
        outbox.publish(new IncubatorRegistered(incubator.id(), incubator.name(), incubator.kind().name(),
                incubator.level().name(), incubator.operatorUscc(), incubator.operatorName(), incubator.region(),
                incubator.spaceSquareMetres(), incubator.capacity(), incubator.recognisedOn()));
        return IncubatorView.of(incubator, IncubatorRepository.Figures.NONE);
    }

    public IncubatorView get(UUID id) {
        Incubator incubator = reachable(id, false);
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
        caller.officerRegions().filter(regions -> !regions.everywhere()).ifPresent(regions -> {
            conditions.add(regions.condition("region", "reach"));
            parameters.put("reach", regions.parameterValue());
        });
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
        Incubator incubator = reachable(id, true);
        caller.requireRegion(request.particulars().region());
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

    /**
     * The incubator, if it exists within the caller's reach: an officer reaches those of its regions, everyone else
     * admitted to the directory all of them.
     */
    Incubator reachable(UUID id, boolean lock) {
        return (lock ? incubators.findByIdForUpdate(id) : incubators.findByIdOptional(id))
                .filter(incubator -> caller.officerRegions().map(r -> r.includes(incubator.region())).orElse(true))
                .orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException("INCUBATOR_NOT_FOUND", id);
    }

    /** The directory's filters; null means not filtered. */
    public record IncubatorFilter(IncubatorLevel level, IncubatorKind kind, String region, String nameContains) {
    }
}
