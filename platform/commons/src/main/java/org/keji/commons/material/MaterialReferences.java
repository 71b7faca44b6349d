package org.keji.commons.material;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.keji.commons.problem.BusinessRuleException;

/**
 * The check any case makes on the materials it references by id (最多跑一次: uploaded once, referenced by every later
 * case of the same enterprise): each id must be a material of the applying enterprise, else {@code 422
 * MATERIAL_NOT_FOUND} naming the ids that are not (another enterprise's material is reported exactly like an unknown
 * one). A material whose validity ended is accepted and flagged {@link #expired}, for the case to show.
 */
@ApplicationScoped
public class MaterialReferences {

    // an Instance: a service that references no material needs no catalogue
    private final Instance<MaterialCatalogue> catalogue;
    private final Clock clock;

    public MaterialReferences(Instance<MaterialCatalogue> catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * The referenced materials by id, in the order given.
     *
     * @throws BusinessRuleException 422 {@code MATERIAL_NOT_FOUND} naming every id not of {@code ownerUscc}
     */
    public Map<UUID, MaterialSummary> require(String ownerUscc, Collection<UUID> ids) {
        Map<UUID, MaterialSummary> found = find(ownerUscc, ids);
        Set<UUID> missing = new LinkedHashSet<>(ids);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("MATERIAL_NOT_FOUND",
                    missing.stream().map(UUID::toString).collect(Collectors.joining(", ")));
        }
        return found;
    }

    /** The referenced materials still known, by id, without refusing the others (to show a case already accepted). */
    public Map<UUID, MaterialSummary> find(String ownerUscc, Collection<UUID> ids) {
        Map<UUID, MaterialSummary> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            catalogue.get().find(ownerUscc, Set.copyOf(ids)).forEach(material -> found.put(material.id(), material));
        }
        return found;
    }

    /** Whether the material's validity ended before today (Asia/Shanghai). */
    public boolean expired(MaterialSummary material) {
        return material.expiredOn(LocalDate.now(clock));
    }
}
