package org.keji.ip.inspection.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.export.NotExported;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "EnforcementInspection", description = "An enforcement inspection (执法检查) with its products, problems and follow-up")
public record InspectionView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "地区", description = "GB/T 2260 region of the inspection", example = "350102") String region,
        @Schema(title = "检查地点", description = "Place inspected (address)", example = "福州市鼓楼区五四路158号环球广场一层") String place,
        @Schema(title = "检查日期", example = "2026-11-20") LocalDate inspectedOn,
        @Schema(title = "被检查人", description = "Name of the party inspected", example = "福州鼓楼区优品电器商行") String partyName,
        @Schema(title = "被检查人统一社会信用代码", description = "The party's unified social credit code, if it has one", example = "92350102MA2Y8H0C5W") String partyUscc,
        @NotExported @Schema(title = "检查产品", description = "Products inspected; the patent marking in canonical form") List<InspectedProduct> products,
        @NotExported @Schema(title = "发现问题", description = "Problems found, in the order recorded") List<FoundProblem> problems,
        @Schema(title = "问题数", description = "How many problems were found", example = "1") int problemCount,
        @Schema(title = "后续处理") FollowUpInput followUp,
        @Schema(title = "记录人", description = "Who recorded it (token subject)") String recordedBy,
        @Schema(title = "记录时间") OffsetDateTime recordedAt,
        @Schema(title = "更新时间") OffsetDateTime updatedAt,
        @Schema(title = "版本", description = "Send it back with a follow-up (or as If-Match)") long version) {
}
