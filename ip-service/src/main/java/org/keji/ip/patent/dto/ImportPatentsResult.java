package org.keji.ip.patent.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PatentImportResult", description = "One result per item, in request order, with counts")
public record ImportPatentsResult(
        @Schema(description = "Items created", example = "997") int created,
        @Schema(description = "Items whose number was already registered", example = "1") int alreadyRegistered,
        @Schema(description = "Items refused", example = "2") int invalid,
        @Schema(description = "Per item") List<ImportItemResult> items) {
}
