package org.keji.ip.dispute.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DisputeRespondentView", description = "A party the request is against (被请求人)")
public record RespondentView(
        @Schema(title = "名称", example = "厦门某某科技有限公司") String name,
        @Schema(title = "统一社会信用代码", example = "91350200M000200Y21") String uscc,
        @Schema(title = "所在地区", example = "350200") String region,
        @Schema(title = "联系方式", description = "Masked (138****5678) unless an officer or admin reads the case", example = "138****2345") String contact) {
}
