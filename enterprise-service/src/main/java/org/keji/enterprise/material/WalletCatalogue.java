package org.keji.enterprise.material;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.material.MaterialCatalogue;
import org.keji.commons.material.MaterialSummary;

/** enterprise-service looks materials up in its own wallet, for the cases it runs. */
@ApplicationScoped
public class WalletCatalogue implements MaterialCatalogue {

    private final MaterialRepository materials;

    public WalletCatalogue(MaterialRepository materials) {
        this.materials = materials;
    }

    @Override
    public List<MaterialSummary> find(String ownerUscc, Collection<UUID> ids) {
        return materials.listOwned(ownerUscc, List.copyOf(ids)).stream()
                .map(m -> new MaterialSummary(m.id(), m.ownerUscc(), m.kind().name(), m.title(), m.fileName(),
                        m.contentType(), m.validUntil(), m.sha256()))
                .toList();
    }
}
