package org.keji.project.award.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.award.ResidentIdNumber;

@Schema(name = "AwardMemberInput", description = "A person who did the nominated work (主要完成人)")
public record MemberInput(
        @Schema(description = "Name", example = "林晓峰", maxLength = 50, required = true) @NotBlank @Size(max = 50) String name,
        @Schema(description = "Resident ID number (公民身份号码, GB 11643), check character verified; masked in answers except to officers and admins", example = "11010519491231002X", required = true) @NotNull @ResidentIdNumber String idNumber,
        @Schema(description = "Role in the work (在项目中的作用)", example = "项目负责人，提出总体技术方案", maxLength = 200, required = true) @NotBlank @Size(max = 200) String role) {
}
