package org.keji.ip.pledge.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.event.pledge.PledgeRefusalGround;

@Schema(name = "PledgeGround", description = "One refusal ground that applies to one patent")
public record PledgeGroundView(
        @Schema(title = "不予登记理由") PledgeRefusalGround ground,
        @Schema(title = "申请号", description = "The patent it applies to, canonical (as requested when unknown)", example = "202310123456.X") String applicationNumber,
        @Schema(title = "说明", description = "What the register shows", example = "该专利已出质且未注销，质押登记号Y20263501000000042") String detail) {
}
