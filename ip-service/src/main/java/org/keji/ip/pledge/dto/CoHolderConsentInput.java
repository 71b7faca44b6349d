package org.keji.ip.pledge.dto;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidUscc;

@Schema(name = "CoHolderConsent", description = "A co-holder's written consent to the pledge (共有专利权人同意出质的书面文件)")
public record CoHolderConsentInput(
        @Schema(title = "共有专利权人统一社会信用代码", description = "The co-holder who consents", example = "91350100M000200Y18", required = true) @NotNull @ValidUscc String uscc,
        @Schema(title = "同意书材料", description = "The consent document, a material of the co-holder's own wallet referenced by id; an id of another wallet or unknown counts as no consent (CO_HOLDER_CONSENT_MISSING)", example = "3f0c2b8e-6a7d-4e21-9c55-0d9a7e3b1f42", required = true) @NotNull UUID consentMaterialId) {
}
