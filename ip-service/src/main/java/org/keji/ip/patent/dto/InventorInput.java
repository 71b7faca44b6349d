package org.keji.ip.patent.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.ip.patent.ValidResidentIdNumber;

@Schema(name = "PatentInventorInput", description = "An inventor (发明人/设计人)")
public record InventorInput(
        @Schema(description = "Name", example = "张伟", maxLength = 100, required = true) @NotBlank @Size(max = 100) String name,
        @Schema(description = "18-character resident ID number with its ISO 7064 MOD 11-2 check character, or null", example = "11010519491231002X") @ValidResidentIdNumber String idNumber) {
}
