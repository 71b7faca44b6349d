package org.keji.ip.subsidy.dto;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SubsidyMaterial", description = "A material of a subsidy application; a single read adds the referenced document's metadata")
public record SubsidyMaterialView(
        @Schema(description = "What the material is", example = "专利申请费缴费收据") String name,
        @Schema(description = "The referenced material of the applicant") UUID materialId,
        @Schema(description = "Kind of document", example = "FEE_RECEIPT") String kind,
        @Schema(description = "Title of the document", example = "国家知识产权局专利收费电子票据") String title,
        @Schema(description = "File name", example = "申请费收据.pdf") String fileName,
        @Schema(description = "Last day the document is valid; absent when it does not expire", example = "2027-12-31") LocalDate validUntil,
        @Schema(description = "Whether validUntil lies before today (Asia/Shanghai)") Boolean expired) {
}
