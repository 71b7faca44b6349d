package org.keji.ip.dispute.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidUscc;
import org.keji.ip.dispute.RequesterType;

@Schema(name = "DisputeRequester", description = "Who requests: an enterprise by its unified social credit code (an "
        + "applicant only for its own), or a person by name and resident ID number (recorded by an officer)")
public record RequesterInput(
        @Schema(required = true) @NotNull RequesterType type,
        @Schema(description = "The enterprise's unified social credit code; required for ENTERPRISE", example = "91350100M000100Y43") @ValidUscc String uscc,
        @Schema(description = "The enterprise's or the person's name", example = "福州市闽科电子有限公司", maxLength = 200, required = true) @NotBlank @Size(max = 200) String name,
        @Schema(description = "The person's resident ID number (GB 11643, check character verified); required for "
                + "PERSON, masked in every answer except to an officer or admin reading the case", example = "350102199003071234") @Size(max = 18) String idNumber) {
}
