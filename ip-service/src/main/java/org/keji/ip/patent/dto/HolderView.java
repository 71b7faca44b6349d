package org.keji.ip.patent.dto;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.ip.patent.PatentHolder;

import com.fasterxml.jackson.annotation.JsonFormat;

@Schema(name = "PatentHolder", description = "A current holder and its share")
public record HolderView(
        @Schema(title = "统一社会信用代码", description = "Unified social credit code", example = "91350100M000100Y43") String uscc,
        @Schema(title = "权利人", description = "Name", example = "福州市星火科技有限公司") String name,
        @Schema(title = "份额", type = SchemaType.STRING, description = "Share in percent, 2 decimals", example = "60.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal share) {

    public static HolderView of(PatentHolder holder) {
        return new HolderView(holder.uscc(), holder.name(), holder.share());
    }
}
