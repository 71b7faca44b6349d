package org.keji.ip.patent.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PatentInventor", description = "An inventor")
public record InventorView(
        @Schema(title = "姓名", description = "Name", example = "张伟") String name,
        @Schema(title = "身份证号", description = "Resident ID number, masked (`330102********1234`) unless the caller is an officer or admin; null when not recorded", example = "110105********002X") String idNumber) {
}
