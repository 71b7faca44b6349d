package org.keji.project.award.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidUscc;
import org.keji.project.award.AwardGrade;

@Schema(name = "NominateRequest", description = "A nomination for the science and technology progress award (科技进步奖提名), "
        + "complete in one submission: by the enterprise for itself, or by an officer or integration on its behalf", example = """
                {"uscc":"91350100M000100Y43","year":2026,"title":"高可靠工业物联网边缘网关关键技术及产业化",
                 "summary":"研制了支持多协议接入的边缘网关，在全省230家企业应用，新增销售收入1.2亿元。","nominatedGrade":"SECOND",
                 "members":[{"name":"林晓峰","idNumber":"11010519491231002X","role":"项目负责人，提出总体技术方案"}],
                 "materials":[{"name":"科技成果评价报告","materialId":"3f1c2a9e-6b7d-4c1e-9a55-1f0e2d3c4b5a"}]}""")
public record NominateRequest(
        @Schema(description = "The enterprise nominated (完成单位); an applicant nominates only its own", example = "91350100M000100Y43", required = true) @NotNull @ValidUscc String uscc,
        @Schema(description = "The award year: its grades must be published", example = "2026", required = true) @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "Title of the achievement (成果名称)", example = "高可靠工业物联网边缘网关关键技术及产业化", maxLength = 200, required = true) @NotBlank @Size(max = 200) String title,
        @Schema(description = "Summary of the achievement, its innovation and its benefits (成果简介)", maxLength = 4000, required = true) @NotBlank @Size(max = 4000) String summary,
        @Schema(description = "The grade the nomination proposes (提名等级); the decision may award another", example = "SECOND", required = true) @NotNull AwardGrade nominatedGrade,
        @Schema(description = "The people who did the work, in order of contribution", required = true) @NotEmpty @Size(max = 15) List<@Valid @NotNull MemberInput> members,
        @Schema(description = "The nomination's documents, each a material of the enterprise referenced by id", required = true) @NotEmpty @Size(max = 20) List<@Valid @NotNull AwardMaterialReference> materials) {
}
