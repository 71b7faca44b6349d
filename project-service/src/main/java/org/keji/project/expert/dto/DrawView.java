package org.keji.project.expert.dto;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpertDraw", description = "A drawing (随机抽取) as recorded: the seed, the pool, the exclusions by "
        + "reason and the experts drawn, in the order drawn")
public record DrawView(
        @Schema(description = "Drawing id") UUID id,
        @Schema(description = "The application") UUID applicationId,
        @Schema(description = "Seed, a signed 64-bit integer as a decimal string", example = "-4962768465676381896") String seed,
        @Schema(description = "Experts needed (the call's experts per application, 1 for a replacement)", example = "5") int needed,
        @Schema(description = "Experts of the pool with the application's field", example = "12") int poolSize,
        @Schema(description = "Candidates left after the exclusions", example = "8") int candidateCount,
        @Schema(description = "Experts excluded, each counted once under the first reason that applies") Exclusions excluded,
        @Schema(description = "The declined assignment replaced; null for a first drawing") UUID replaces,
        @Schema(description = "Who drew (token subject)", example = "officer-350100") String drawnBy,
        @Schema(description = "When") OffsetDateTime drawnAt,
        @Schema(description = "The experts drawn, in the order drawn") List<Drawn> experts) {

    @Schema(name = "ExpertDrawExclusions", description = "Experts of the field excluded, by reason")
    public record Exclusions(
            @Schema(description = "Of the applicant's organisation", example = "1") int organisation,
            @Schema(description = "Of a partner's organisation", example = "1") int partner,
            @Schema(description = "Declared a conflict for an application of this enterprise", example = "1") int conflict,
            @Schema(description = "Drawn for this application before", example = "0") int alreadyDrawn,
            @Schema(description = "Unavailable on the day", example = "1") int unavailable) {
    }

    @Schema(name = "ExpertDrawn", description = "One expert drawn and its assignment")
    public record Drawn(
            @Schema(description = "Order drawn (1 = first)", example = "1") int position,
            @Schema(description = "The assignment") UUID assignmentId,
            @Schema(description = "The expert") UUID expertId,
            @Schema(description = "The expert's name", example = "张伟") String expertName) {
    }
}
