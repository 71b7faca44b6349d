package org.keji.enterprise.application.dto;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ApplicationMaterial", description = "A material of an application with the metadata of the referenced document")
public record ApplicationMaterialView(
        @Schema(description = "Name of the required material it answers", example = "知识产权证明材料") String name,
        @Schema(description = "The referenced material (GET /api/v1/enterprises/{uscc}/materials/{materialId}, its content under …/content)") UUID materialId,
        @Schema(example = "IP_CERTIFICATE") String kind,
        @Schema(example = "发明专利证书 ZL202310000001.X") String title,
        @Schema(example = "发明专利证书.pdf") String fileName,
        @Schema(description = "Last day the document is valid; absent when it does not expire", example = "2026-12-31") LocalDate validUntil,
        @Schema(description = "Whether validUntil lies before today (Asia/Shanghai): the case uses an expired document") Boolean expired,
        @Schema(description = "Lowercase hex SHA-256 of the content") String sha256,
        @Schema(description = "Only for applications submitted before materials were referenced by id: the free-text reference given then; no metadata", example = "doc-7f3a9c") String legacyReference) {
}
