package org.keji.ip.subsidy.dto;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidPatentApplicationNumber;
import org.keji.commons.identifier.ValidUscc;

@Schema(name = "ApplySubsidyRequest", description = "An application for a patent subsidy or grant reward under one "
        + "policy, complete in one submission: by a current holder of the patent for itself, or by an officer or "
        + "integration on its behalf. The patent is named by its id or by its application number (one of the two)")
public record ApplySubsidyRequest(
        @Schema(description = "The policy applied under (/api/v1/patent-subsidy-policies)", example = "0c7d8e9f-1a2b-4c3d-8e4f-5a6b7c8d9e0f", required = true) @NotNull UUID policyId,
        @Schema(description = "The patent, by id (/api/v1/patents); or give applicationNumber", example = "9b1e4c2d-7f3a-4e8b-a1c5-2d6f8e0a4b7c") UUID patentId,
        @Schema(description = "The patent, by application number (申请号, optional CN prefix, with or without the dot); or give patentId", example = "202310123456.6") @ValidPatentApplicationNumber String applicationNumber,
        @Schema(description = "The applying holder (申请人); an applicant applies only for its own code. A co-owned patent is subsidized once per policy, in full, to the holder that applies first", example = "91350100M000100Y43", required = true) @NotNull @ValidUscc String applicantUscc,
        @Schema(description = "The fee receipt and other documents, each a material of the applicant referenced by id", required = true) @NotEmpty @Size(max = 20) List<@Valid @NotNull SubsidyMaterialReference> materials) {
}
