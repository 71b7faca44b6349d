package org.keji.project.expert.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidUscc;
import org.keji.project.expert.ExpertAvailability;

@Schema(name = "ExpertRequest", description = "An expert of the pool as an officer records it (create, or replace with `version`)")
public record ExpertRequest(
        @Schema(description = "The `sub` of the expert's token: how a signed-in expert finds its record; unique", example = "expert-zhang-wei", maxLength = 100, required = true) @NotBlank @Size(max = 100) String subject,
        @Schema(description = "Full name", example = "张伟", maxLength = 100, required = true) @NotBlank @Size(max = 100) String name,
        @Schema(description = "Unified social credit code of the expert's organisation (工作单位); its applications and those it partners in are not drawn for it; check character verified, since a mistyped code would let the expert review its own organisation", example = "12350000488010543X", required = true) @NotNull @ValidUscc(checkDigit = true) String organisationUscc,
        @Schema(description = "Name of the organisation", example = "福州大学", maxLength = 200, required = true) @NotBlank @Size(max = 200) String organisationName,
        @Schema(description = "Technical field codes the expert reviews; an application's `field` is drawn against them", example = "[\"ELECTRONIC_INFORMATION\", \"ADVANCED_MANUFACTURING\"]", required = true) @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Za-z0-9_.-]{1,40}") String> fields,
        @Schema(description = "GB/T 2260 region code of the expert", example = "350100", required = true) @NotNull @Pattern(regexp = "\\d{6}") String region,
        @Schema(description = "Professional title (职称)", example = "教授", maxLength = 100) @Size(max = 100) String title,
        @Schema(description = "Mobile phone; masked for every role but officers and admins", example = "13805912345", maxLength = 20) @Size(max = 20) @Pattern(regexp = "\\+?[0-9 -]{5,20}") String phone,
        @Schema(description = "Resident ID number; masked for every role but officers and admins", example = "350102198003071234") @Pattern(regexp = "\\d{17}[0-9X]") String idNumber,
        @Schema(description = "Whether the expert may be drawn", required = true) @NotNull ExpertAvailability availability,
        @Schema(description = "For UNAVAILABLE: the last unavailable day (inclusive); empty = until changed", example = "2026-12-31") LocalDate unavailableUntil,
        @Schema(description = "For a replacement (PUT): the version read, unless `If-Match` is sent", example = "0") Long version) {
}
