package org.keji.enterprise.ruleset.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.ruleset.RuleDefinition;

@Schema(name = "RuleRequest", description = "One rule of a new rule set")
public record RuleRequest(
        @Schema(description = "Code, unique in the rule set, upper case", example = "RD_STAFF_RATIO", pattern = "^[A-Z][A-Z0-9_]{0,39}$", required = true) @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String code,
        @Schema(description = "Short title", example = "科技人员占比不低于10%", maxLength = 200, required = true) @NotBlank @Size(max = 200) String title,
        @Schema(description = "The clause of the source document the rule implements", example = "第十一条（四）企业从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例不低于10%。", maxLength = 1000, required = true) @NotBlank @Size(max = 1000) String clause,
        @Schema(required = true) @NotNull RuleDefinition definition) {
}
