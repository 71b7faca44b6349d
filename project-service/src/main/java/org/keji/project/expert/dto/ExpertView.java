package org.keji.project.expert.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.expert.ExpertAvailability;

@Schema(name = "Expert", description = "An expert of the bureau's pool (专家库)")
public record ExpertView(
        @Schema(title = "标识", description = "Expert id") UUID id,
        @Schema(title = "账号", description = "The `sub` of the expert's token", example = "expert-zhang-wei") String subject,
        @Schema(title = "姓名", description = "Full name", example = "张伟") String name,
        @Schema(title = "工作单位统一社会信用代码", description = "Organisation's unified social credit code", example = "12350000488010543X") String organisationUscc,
        @Schema(title = "工作单位", description = "Organisation's name", example = "福州大学") String organisationName,
        @Schema(title = "专业领域", description = "Field codes", example = "[\"ELECTRONIC_INFORMATION\"]") List<String> fields,
        @Schema(title = "所在地区", description = "GB/T 2260 region code", example = "350100") String region,
        @Schema(title = "职称", description = "Professional title", example = "教授") String title,
        @Schema(title = "手机", description = "Phone; masked (138****2345) but for officers and admins", example = "138****2345") String phone,
        @Schema(title = "身份证号", description = "ID number; masked (350102********1234) but for officers and admins", example = "350102********1234") String idNumber,
        @Schema(title = "可抽取状态", description = "Availability as recorded") ExpertAvailability availability,
        @Schema(title = "暂停至", description = "Last unavailable day, when UNAVAILABLE with an end", example = "2026-12-31") LocalDate unavailableUntil,
        @Schema(title = "今日可抽取", description = "Whether the expert may be drawn today") boolean availableToday,
        @Schema(title = "创建时间", description = "When recorded") OffsetDateTime createdAt,
        @Schema(title = "更新时间", description = "Last change") OffsetDateTime updatedAt,
        @Schema(title = "版本", description = "Version for PUT (also the ETag)", example = "0") long version) {
}
