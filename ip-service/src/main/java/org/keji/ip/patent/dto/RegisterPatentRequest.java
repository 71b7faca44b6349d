package org.keji.ip.patent.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidPatentApplicationNumber;
import org.keji.ip.patent.IpcClass;

@Schema(name = "RegisterPatentRequest", description = "A patent as CNIPA recorded it; the type follows from the application number")
public record RegisterPatentRequest(
        @Schema(type = SchemaType.STRING, description = "CNIPA application number with its check character; an optional `CN` prefix and single spaces are accepted, the canonical form is stored", example = "CN 202310123456.6", required = true) @NotNull @ValidPatentApplicationNumber String applicationNumber,
        @Schema(description = "Title (专利名称), in Chinese", example = "一种分布式数据库的数据同步方法", maxLength = 500, required = true) @NotBlank @Size(max = 500) String title,
        @Schema(description = "Main IPC class (主分类号), e.g. `G06F 16/27`", example = "G06F 16/27", required = true) @NotNull @Pattern(regexp = IpcClass.PATTERN) String ipcMainClass,
        @Schema(description = "Further IPC classes, same format", example = "[\"H04L 67/10\"]") @Size(max = 50) List<@NotNull @Pattern(regexp = IpcClass.PATTERN) String> ipcClasses,
        @Schema(description = "Filing date (申请日); falls in the year of the application number", example = "2023-03-15", required = true) @NotNull @PastOrPresent LocalDate filingDate,
        @Schema(description = "GB/T 2260 region the patent is counted in (six digits); by default the region digits (3rd–8th characters) of the first holder's USCC. An officer registers only within its region", example = "350100") @Pattern(regexp = "\\d{6}") String region,
        @Schema(description = "Holders (专利权人), one or more, shares summing to exactly 100.00, each USCC once", required = true) @NotEmpty @Size(max = 50) List<@NotNull @Valid HolderInput> holders,
        @Schema(description = "Inventors (发明人)") @Size(max = 100) List<@NotNull @Valid InventorInput> inventors) {
}
