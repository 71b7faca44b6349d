package org.keji.ip.subsidy.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RefuseSubsidyRequest", description = "Why the application is not subsidized (不予资助理由), every reason")
public record RefuseSubsidyRequest(
        @Schema(description = "The reasons the applicant sees", example = "[\"缴费收据与申请号不符\"]", required = true) @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) String> reasons) {
}
