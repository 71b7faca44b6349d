package org.keji.ip.techcontract.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidUscc;

@Schema(name = "ContractParty", description = "The buyer (买方) or an intermediary (中介方) of a technology contract")
public record ContractParty(
        @Schema(title = "名称", description = "Name of the party", example = "杭州云杉智能装备有限公司", maxLength = 200, required = true) @NotBlank @Size(max = 200) String name,
        @Schema(title = "统一社会信用代码", description = "Unified social credit code, for an organisation registered in China", example = "91330106MA2KX0AB3E") @ValidUscc String uscc,
        @Schema(title = "所在地区", description = "GB/T 2260 region of the party (技术流向统计); for a party abroad leave it out", example = "330106", pattern = "^\\d{6}$") @Pattern(regexp = "\\d{6}") String region) {
}
