package org.keji.ip.patent.dto;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportPatentsRequest", description = "Up to 1 000 patents; each item is checked on its own, so items are not validated as a whole request")
public record ImportPatentsRequest(
        @Schema(description = "The patents, each as in `POST /api/v1/patents`", required = true, maxItems = 1000) @NotNull @NotEmpty List<RegisterPatentRequest> items) {
}
