package org.keji.project.application.dto;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectMaterial", description = "A material of the enterprise's wallet referenced by the application, with its kind")
public record ProjectMaterial(
        @Schema(description = "The material's id in the wallet", example = "3f0c2a9e-52a4-4c7e-9d0b-1a2b3c4d5e6f") UUID materialId,
        @Schema(description = "Its kind, as enterprise-service names it", example = "AUDIT_REPORT") String kind) {
}
