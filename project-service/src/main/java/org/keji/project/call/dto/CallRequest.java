package org.keji.project.call.dto;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.project.call.CallCategory;
import org.keji.project.call.CallLevel;

@Schema(name = "CallRequest", description = "A call for proposals (申报指南 / 批次): to create one, or to replace its terms "
        + "(with `version`). Before it opens every term may change; while open only `closesAt` may move later; the "
        + "budget may change at any time, never below what was approved.")
public record CallRequest(
        @Schema(description = "Business code of the call, unique; fixed once created (指南编号)", example = "NB-2027-ZDYF-01", pattern = "^[A-Z0-9][A-Z0-9-]{2,39}$", required = true) @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,39}") String code,
        @Schema(description = "Title of the call (指南名称)", example = "2027年度宁波市重点研发计划 第一批", maxLength = 200, required = true) @NotBlank @Size(max = 200) String title,
        @Schema(description = "What the call funds, in the bureau's words (指南说明)", example = "支持新一代信息技术、新材料等领域关键核心技术攻关。", maxLength = 4000) @Size(max = 4000) String description,
        @Schema(required = true) @NotNull CallLevel level,
        @Schema(required = true) @NotNull CallCategory category,
        @Schema(description = "Plan year (计划年度)", example = "2027", required = true) @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "Batch within the year (批次)", example = "1", minimum = "1", maximum = "99", required = true) @NotNull @Min(1) @Max(99) Integer batch,
        @Schema(description = "GB/T 2260 region of the issuing bureau; an officer may only use a region within its own", example = "330200", pattern = "^\\d{6}$", required = true) @NotNull @Pattern(regexp = "\\d{6}") String region,
        @Schema(description = "When submissions open, included (申报开始时间)", example = "2027-03-01T09:00:00+08:00", required = true) @NotNull OffsetDateTime opensAt,
        @Schema(description = "When submissions close, excluded; after `opensAt` (申报截止时间)", example = "2027-04-01T00:00:00+08:00", required = true) @NotNull OffsetDateTime closesAt,
        @Schema(type = SchemaType.STRING, description = "Total budget of the call, yuan, more than zero (资金总额)", example = "50000000.00", required = true) @NotNull Money totalBudget,
        @Schema(type = SchemaType.STRING, description = "Most one project may be granted, yuan, more than zero and not more than the budget (单项资助上限)", example = "2000000.00", required = true) @NotNull Money maxGrant,
        @Schema(description = "Experts drawn to review each application, at least 3 (每项评审专家数)", example = "5", minimum = "3", required = true) @NotNull @Min(3) @Max(50) Integer expertsPerApplication,
        @Schema(description = "Certification types the applicant must hold, valid on the day (e.g. HNTE 高新技术企业, TECH_SME 科技型中小企业); empty = none", example = "[\"HNTE\"]") @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}") String> requiredCertifications,
        @Schema(description = "GB/T 2260 prefixes (2, 4 or 6 digits) the applicant's region must start with; empty = any region", example = "[\"3302\"]") @Size(max = 100) List<@NotNull @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String> eligibleRegions,
        @Schema(description = "Months the enterprise must have been registered on the day it applies (成立年限); leave out for none", example = "12", minimum = "0") @Min(0) @Max(1200) Integer minRegistrationMonths,
        @Schema(description = "Whether a dishonesty listing in force or a major violation within 3 years makes an enterprise ineligible (default true)", example = "true") Boolean refuseViolations,
        @Schema(description = "Materials an application must reference, each kind once (申报材料清单)") @Size(max = 30) List<@NotNull @Valid RequiredMaterial> requiredMaterials,
        @Schema(description = "Matter code of an application to the call (事项编码) that its cases carry", example = "330217010000", maxLength = 40, required = true) @NotBlank @Size(max = 40) @Pattern(regexp = "[0-9A-Za-z-]+") String matterCode,
        @Schema(description = "Promised time limit of a case, working days (承诺时限)", example = "20", minimum = "1", required = true) @NotNull @Min(1) @Max(365) Integer promisedWorkingDays,
        @Schema(description = "Legal time limit of a case, working days, not shorter than the promise (法定时限)", example = "30", minimum = "1", required = true) @NotNull @Min(1) @Max(365) Integer legalWorkingDays,
        @Schema(description = "On a replacement, the version the change is based on (or send If-Match); ignored on creation", example = "0") Long version) {
}
