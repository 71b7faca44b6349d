package org.keji.ip.patent.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.PatentType;
import org.keji.ip.patent.LapseReason;
import org.keji.ip.patent.PatentStatus;

@Schema(name = "Patent", description = "A patent with its current legal status, derived from its legal-status log")
public record PatentView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "申请号", description = "Application number, canonical form", example = "202310123456.6") String applicationNumber,
        @Schema(title = "专利类型") PatentType type,
        @Schema(title = "专利名称", example = "一种分布式数据库的数据同步方法") String title,
        @Schema(title = "主分类号", example = "G06F 16/27") String ipcMainClass,
        @Schema(title = "其他分类号", example = "[\"H04L 67/10\"]") List<String> ipcClasses,
        @Schema(title = "申请日", example = "2023-03-15") LocalDate filingDate,
        @Schema(title = "行政区划", description = "GB/T 2260 region it is counted in", example = "350100") String region,
        @Schema(title = "专利权人", description = "Current holders; shares sum to 100.00") List<HolderView> holders,
        @Schema(title = "发明人") List<InventorView> inventors,
        @Schema(title = "法律状态", description = "As of today: a granted patent past its term end is LAPSED with TERM_EXPIRED") PatentStatus status,
        @Schema(title = "失效原因", description = "Why it lapsed; null unless LAPSED") LapseReason lapseReason,
        @Schema(title = "专利号", description = "Grant number once granted", example = "ZL202310123456.6") String grantNumber,
        @Schema(title = "授权日", example = "2024-06-01") LocalDate grantedOn,
        @Schema(title = "失效日", description = "First day not in force; null while in force or pending") LocalDate lapsedOn,
        @Schema(title = "期限届满日", description = "First day no longer in force by the term: filing date + 20 (invention), 10 (utility model) or 15 (design) years", example = "2043-03-15") LocalDate termEndsOn,
        @Schema(title = "恢复权利", description = "An annuity lapse was undone") boolean restored,
        @Schema(title = "发生转移", description = "The holders changed at least once (see the log)") boolean transferred,
        @Schema(title = "无效宣告审查中", description = "An invalidation request awaits its decision") boolean invalidationPending,
        @Schema(title = "版本", description = "Optimistic-locking version, raised by every appended event", example = "1") long version,
        @Schema(title = "登记人") String registeredBy,
        @Schema(title = "登记时间") OffsetDateTime registeredAt) {
}
