package org.keji.ip.techcontract.dto;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ContractMaterial", description = "A material of a registration; a single read adds the referenced document's metadata")
public record ContractMaterialView(
        @Schema(description = "What the material is", example = "技术合同文本") String name,
        @Schema(description = "The referenced material of the seller") UUID materialId,
        @Schema(description = "Kind of document", example = "CONTRACT") String kind,
        @Schema(description = "Title of the document", example = "伺服算法委托开发合同") String title,
        @Schema(description = "File name", example = "委托开发合同.pdf") String fileName,
        @Schema(description = "Last day the document is valid; absent when it does not expire", example = "2027-12-31") LocalDate validUntil,
        @Schema(description = "Whether validUntil lies before today (Asia/Shanghai)") Boolean expired) {
}
