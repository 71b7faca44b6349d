package org.keji.ip.dispute.dto;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DisputeEvidence", description = "A piece of evidence: a material of the requester's wallet; its metadata "
        + "only when one case is read")
public record EvidenceView(
        @Schema(title = "材料标识") UUID materialId,
        @Schema(title = "材料类别", example = "CONTRACT") String kind,
        @Schema(title = "材料名称", example = "侵权产品公证购买书") String title,
        @Schema(title = "文件名", example = "公证书.pdf") String fileName,
        @Schema(title = "有效期至") LocalDate validUntil,
        @Schema(title = "已过期", description = "Whether its validity ended before today") Boolean expired) {
}
