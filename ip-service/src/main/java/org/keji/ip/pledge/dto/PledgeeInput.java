package org.keji.ip.pledge.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Pledgee", description = "The bank that takes the pledge (质权人)")
public record PledgeeInput(
        @Schema(title = "质权人标识", description = "The bank's id in the suite, the `bank` claim of its users' tokens", example = "icbc-fz", maxLength = 64, required = true) @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String bankId,
        @Schema(title = "质权人名称", description = "The bank's name as registered as pledgee", example = "中国工商银行股份有限公司福州分行", maxLength = 200, required = true) @NotBlank @Size(max = 200) String name) {
}
