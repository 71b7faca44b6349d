package org.keji.commons.material;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Where a service looks materials up: its own wallet (enterprise-service) or its replica of the wallet's events. */
public interface MaterialCatalogue {

    /** The materials of {@code ownerUscc} among {@code ids}, in one query; others' and unknown ids are left out. */
    List<MaterialSummary> find(String ownerUscc, Collection<UUID> ids);
}
