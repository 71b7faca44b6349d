package org.keji.enterprise.material.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.material.Material;
import org.keji.enterprise.material.MaterialKind;

@Schema(name = "Material", description = "A document in an enterprise's wallet (申报材料), uploaded once and referenced by id from any later case")
public record MaterialView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "统一社会信用代码", description = "Unified social credit code of the owner", example = "91350100M000100Y43") String uscc,
        @Schema(title = "材料类别代码") MaterialKind kind,
        @Schema(title = "材料类别", description = "Chinese name of the kind", example = "审计报告") String kindLabel,
        @Schema(title = "材料名称", example = "2025年度财务审计报告") String title,
        @Schema(title = "出具单位", description = "Who issued the document", example = "福建华兴会计师事务所") String issuer,
        @Schema(title = "有效期至", description = "Last day the document is valid; null when it does not expire", example = "2026-12-31") LocalDate validUntil,
        @Schema(title = "已过期", description = "Whether validUntil lies before today (Asia/Shanghai)") boolean expired,
        @Schema(title = "文件名", example = "2025年度审计报告.pdf") String fileName,
        @Schema(title = "文件类型", description = "Media type decided by the bytes", example = "application/pdf") String contentType,
        @Schema(title = "大小（字节）", description = "Size in bytes", example = "482113") long size,
        @Schema(title = "SHA-256", description = "Lowercase hex SHA-256 of the content; the ETag of its download", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(title = "上传人", description = "Who uploaded it (token subject)") String uploadedBy,
        @Schema(title = "上传时间") OffsetDateTime createdAt) {

    public static MaterialView of(Material m, LocalDate today) {
        return new MaterialView(m.id(), m.ownerUscc(), m.kind(), m.kind().label(), m.title(), m.issuer(),
                m.validUntil(), m.expiredOn(today), m.fileName(), m.contentType(), m.size(), m.sha256(),
                m.uploadedBy(), m.createdAt());
    }
}
