package org.keji.project.expert.dto;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Ranking", description = "The applications ranked by one ranking of a call, best first")
public record RankingView(
        @Schema(description = "The call") UUID callId,
        @Schema(description = "How many applications were ranked", example = "12") int ranked,
        @Schema(description = "The ranked applications, rank 1 first") List<RankedApplicationView> items) {
}
