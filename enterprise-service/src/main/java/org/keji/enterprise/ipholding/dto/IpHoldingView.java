package org.keji.enterprise.ipholding.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.event.ip.IpClass;
import org.keji.commons.event.ip.LapseReason;
import org.keji.commons.identifier.PatentType;
import org.keji.enterprise.ipholding.IpHolder;
import org.keji.enterprise.ipholding.IpHolding;
import org.keji.enterprise.ipholding.IpHoldingStatus;

import com.fasterxml.jackson.annotation.JsonFormat;

@Schema(name = "IpHolding", description = "A patent an enterprise holds, alone or with co-holders, as enterprise-service knows it from ip events (read-only)")
public record IpHoldingView(
        @Schema(title = "申请号", description = "Patent application number, canonical form (申请号)", example = "202310123456.6") String applicationNumber,
        @Schema(title = "专利权人统一社会信用代码", description = "Unified social credit code of the enterprise listed, one of the current holders (专利权人)", example = "91350100M000100Y43") String holderUscc,
        @Schema(title = "持有份额", type = SchemaType.STRING, pattern = "^\\d{1,3}\\.\\d{2}$", description = "The enterprise's share in percent, two decimals, as a string; 100.00 when it holds the patent alone. A co-owned patent counts in full for each co-holder in certification scoring", example = "50.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal share,
        @Schema(title = "全部专利权人", description = "Every current holder with its share, largest share first; one entry when not co-owned") List<IpHolderShareView> holders,
        @Schema(title = "专利类型", description = "Kind of patent, from the type digit of the application number", example = "INVENTION") PatentType patentType,
        @Schema(title = "知识产权类别", description = "Class in certification scoring: inventions (incl. PCT) are CLASS_I, the rest CLASS_II", example = "CLASS_I") IpClass ipClass,
        @Schema(title = "名称", description = "Title of the invention or design; absent until the grant is known", example = "一种锂电池极片涂布方法") String title,
        @Schema(title = "授权公告日", description = "Date of the grant announcement (授权公告日); absent until the grant is known", example = "2024-06-18") LocalDate grantedOn,
        @Schema(title = "专利号", description = "Patent number (专利号): ZL + the application number; absent until the grant is known", example = "ZL202310123456.6") String grantNumber,
        @Schema(title = "状态", description = "Whether the patent is still in force", example = "ACTIVE") IpHoldingStatus status,
        @Schema(title = "失效日期", description = "First day the right is no longer in force; only when LAPSED", example = "2026-01-05") LocalDate lapsedOn,
        @Schema(title = "失效原因", description = "Why the right ended; only when LAPSED", example = "ANNUITY_UNPAID") LapseReason lapseReason,
        @Schema(title = "恢复日期", description = "The day a restoration (恢复权利) undid a lapse for an unpaid annuity; the right counts as never ended. Absent when none did", example = "2026-02-20") LocalDate restoredOn,
        @Schema(title = "持有起始日", description = "Since when this enterprise holds it: the grant date, or the transfer date for a holder that acquired it", example = "2024-06-18") LocalDate heldSince,
        @Schema(title = "修订号", description = "Number of ip events applied to this patent", example = "1") int revision,
        @Schema(title = "更新时间", description = "When the last event was applied") OffsetDateTime updatedAt) {

    /** The view of one holder row, with every holder of its patent. */
    public static IpHoldingView of(IpHolder holder, List<IpHolder> allHolders) {
        IpHolding h = holder.patent();
        return new IpHoldingView(h.applicationNumber(), holder.holderUscc(), holder.share(),
                allHolders.stream().map(IpHolderShareView::of).toList(), h.patentType(), h.ipClass(), h.title(),
                h.grantedOn(), h.grantNumber(), h.status(), h.lapsedOn(), h.lapseReason(), h.restoredOn(),
                holder.heldSince(), h.revision(), h.updatedAt());
    }
}
