package org.keji.commons.event.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * An incubator or maker space (孵化器 / 众创空间) was entered into the directory; {@code kind} is INCUBATOR or MAKER_SPACE,
 * {@code level} NATIONAL, PROVINCIAL, MUNICIPAL or COUNTY. Topic {@code keji.enterprise.v1}, key = incubator id.
 */
public record IncubatorRegistered(
        UUID incubatorId,
        String name,
        String kind,
        String level,
        String operatorUscc,
        String operatorName,
        String region,
        BigDecimal spaceSquareMetres,
        int capacity,
        LocalDate recognisedOn) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.incubator.registered.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return incubatorId.toString();
    }
}
