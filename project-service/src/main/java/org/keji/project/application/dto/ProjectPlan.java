package org.keji.project.application.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidUscc;
import org.keji.commons.money.Money;
import org.keji.project.application.Industry;
import org.keji.project.application.TechnologySource;
import org.keji.project.application.UndertakerType;

@Schema(name = "ProjectPlan", description = "The plan of a project as the applicant states it (项目申报书): what, by whom, "
        + "with whom, how much and when, and the materials from the enterprise's wallet")
public record ProjectPlan(
        @Schema(description = "Project title (项目名称)", example = "面向海上风电的智能运维机器人研发及应用", required = true) @NotBlank @Size(max = 200) String title,
        @Schema(description = "Summary of goals and content (项目简介)", example = "研制适用于海上风电场的巡检运维机器人……") @Size(max = 4000) String summary,
        @Schema(description = "Technical field, by which experts are drawn", example = "NEW_ENERGY", required = true) @NotBlank @Size(max = 40) String field,
        @Schema(description = "Industry of the project (所属行业)", required = true) @NotNull Industry industry,
        @Schema(description = "Kind of the undertaking organisation (承担单位性质)", required = true) @NotNull UndertakerType undertakerType,
        @Schema(description = "Source of the technology (技术来源)", required = true) @NotNull TechnologySource technologySource,
        @Schema(description = "USCCs of the partner organisations (合作单位); their people may not review the application", example = "[\"91350100M000100Y43\"]") @Size(max = 20) List<@NotNull @ValidUscc String> partners,
        @Schema(description = "Grant requested (申请资助金额, 元), more than zero and at most the call's maximum grant", type = SchemaType.STRING, example = "800000.00", required = true) @NotNull Money requestedAmount,
        @Schema(description = "Planned government funds (计划财政资金, 元)", type = SchemaType.STRING, example = "800000.00", required = true) @NotNull Money plannedGovernmentFunds,
        @Schema(description = "Planned self-raised funds (计划自筹资金, 元)", type = SchemaType.STRING, example = "1600000.00", required = true) @NotNull Money plannedSelfRaisedFunds,
        @Schema(description = "Planned start (计划开始日期)", example = "2027-01-01", required = true) @NotNull LocalDate plannedStart,
        @Schema(description = "Planned end (计划完成日期), after the start", example = "2028-12-31", required = true) @NotNull LocalDate plannedEnd,
        @Schema(description = "Ids of materials in the enterprise's wallet (材料库); their kinds are matched against the call's required materials", example = "[\"3f0c2a9e-52a4-4c7e-9d0b-1a2b3c4d5e6f\"]") @Size(max = 50) List<@NotNull UUID> materials) {
}
