package org.keji.ip.population;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.commons.security.RegionReach;
import org.keji.commons.web.EntityVersions;
import org.keji.ip.population.dto.PopulationRequest;
import org.keji.ip.population.dto.PopulationView;

/** Resident populations: an officer enters and reads those of its region; an admin or integration client all. */
@ApplicationScoped
public class RegionalPopulationService {

    private final RegionalPopulationRepository populations;
    private final Caller caller;
    private final Clock clock;

    public RegionalPopulationService(RegionalPopulationRepository populations, Caller caller, Clock clock) {
        this.populations = populations;
        this.caller = caller;
        this.clock = clock;
    }

    /** Records or replaces the figure; the result says whether it was new. */
    @Transactional
    public Stored put(String region, int year, String ifMatch, PopulationRequest request) {
        caller.requireRegion(region);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<RegionalPopulation> existing = populations.findByIdOptional(new RegionalPopulation.Key(region, year));
        EntityVersions.checkIfMatch(ifMatch, existing.map(RegionalPopulation::version));
        if (existing.isPresent()) {
            RegionalPopulation population = existing.get();
            EntityVersions.check(null, request.version(), population.version());
            population.replace(request.residents(), request.source().strip(), caller.name(), now);
            populations.flush();
            return new Stored(PopulationView.of(population), false);
        }
        RegionalPopulation population = RegionalPopulation.record(region, year, request.residents(),
                request.source().strip(), caller.name(), now);
        populations.persist(population);
        populations.flush();
        return new Stored(PopulationView.of(population), true);
    }

    public PopulationView get(String region, int year) {
        RegionalPopulation population = populations.findByIdOptional(new RegionalPopulation.Key(region, year))
                .filter(p -> caller.officerRegions().map(reach -> reach.includes(p.region())).orElse(true))
                .orElseThrow(() -> new NotFoundException("POPULATION_NOT_FOUND", region, year));
        return PopulationView.of(population);
    }

    public Page<PopulationView> search(String region, Integer year, PageQuery query) {
        RegionReach reach = caller.officerRegions().orElse(null);
        return populations.search(reach, region, year, query).map(PopulationView::of);
    }

    /** A figure as stored, and whether the request created it. */
    public record Stored(PopulationView view, boolean created) {
    }
}
