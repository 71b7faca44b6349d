package org.keji.ip.techcontract.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RefuseContractRequest", description = "Why the contract is not registered (不予登记理由), every reason")
public record RefuseContractRequest(
        @Schema(description = "The reasons the applicant sees", example = "[\"合同标的为一般商品买卖，不属于技术合同\"]", required = true) @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) String> reasons) {
}
