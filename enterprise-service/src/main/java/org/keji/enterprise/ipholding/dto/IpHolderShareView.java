package org.keji.enterprise.ipholding.dto;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.ipholding.IpHolder;

import com.fasterxml.jackson.annotation.JsonFormat;

@Schema(name = "IpHolderShare", description = "One holder of a patent and its share (专利权人及其份额)")
public record IpHolderShareView(
        @Schema(title = "专利权人统一社会信用代码", description = "Unified social credit code of the holder (专利权人)", example = "91350100M000100Y43") String uscc,
        @Schema(title = "份额", type = SchemaType.STRING, pattern = "^\\d{1,3}\\.\\d{2}$", description = "Its share in percent, two decimals, as a string; the shares of a patent add up to 100.00", example = "50.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal share) {

    public static IpHolderShareView of(IpHolder holder) {
        return new IpHolderShareView(holder.holderUscc(), holder.share());
    }
}
