package org.keji.project.award.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AwardMember", description = "A person who did the nominated work (主要完成人)")
public record MemberView(
        @Schema(title = "姓名", example = "林晓峰") String name,
        @Schema(title = "身份证号", description = "Resident ID number; masked (first 4 and last 4 characters) except to officers and admins", example = "1101**********002X") String idNumber,
        @Schema(title = "作用", description = "Role in the work", example = "项目负责人，提出总体技术方案") String role) {
}
