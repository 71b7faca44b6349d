package org.keji.enterprise.application.dto;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.application.PublicityObjection;

@Schema(name = "PublicityObjection", description = "An objection raised during publicity")
public record ObjectionView(
        UUID id,
        String content,
        @Schema(description = "Who recorded it") String raisedBy,
        OffsetDateTime raisedAt,
        @Schema(description = "Null while open") Boolean upheld,
        String resolution,
        OffsetDateTime resolvedAt) {

    public static ObjectionView of(PublicityObjection o) {
        return new ObjectionView(o.id(), o.content(), o.raisedBy(), o.raisedAt(), o.upheld(), o.resolution(),
                o.resolvedAt());
    }
}
