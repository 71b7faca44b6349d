package org.keji.enterprise.application;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A material as kept in an application's {@code materials} column: the name and material id of a reference, or, for
 * an application submitted before materials were referenced by id, the name and the free-text reference it carried
 * then ({@code legacyReference}, migrated by V14, shown as it was).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MaterialEntry(String name, UUID materialId, String legacyReference) {

    static MaterialEntry of(MaterialReference reference) {
        return new MaterialEntry(reference.name(), reference.materialId(), null);
    }
}
