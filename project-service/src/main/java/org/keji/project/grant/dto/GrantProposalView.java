package org.keji.project.grant.dto;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "GrantProposal", description = "A proposed grant (立项拟资助额), confirmed by a second officer or replaced by a new proposal")
public record GrantProposalView(
        @Schema(title = "项目标识", description = "The application (the project once approved)") UUID projectId,
        @Schema(title = "拟资助金额（元）", type = SchemaType.STRING, description = "Proposed grant in yuan", example = "800000.00") Money amount,
        @Schema(title = "立项意见", description = "Why this amount", example = "专家评审第2名，公示无异议，按申请额的80%资助") String reason,
        @Schema(title = "经办人", description = "The officer that proposed it (maker)", example = "officer-chen") String proposedBy,
        @Schema(title = "经办时间", description = "When it was proposed") OffsetDateTime proposedAt,
        @Schema(title = "复核人", description = "The officer that confirmed it (checker); absent until confirmed", example = "officer-lin") String confirmedBy,
        @Schema(title = "复核时间", description = "When it was confirmed; absent until confirmed") OffsetDateTime confirmedAt) {
}
