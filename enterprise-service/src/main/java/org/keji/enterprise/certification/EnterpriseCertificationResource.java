package org.keji.enterprise.certification;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.commons.export.Exports;
import org.keji.commons.identifier.ValidUscc;
import org.keji.commons.security.Roles;
import org.keji.enterprise.certification.dto.CertificationView;

@Path("/api/v1/enterprises/{uscc}/certifications")
@Tag(name = "Certifications")
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseCertificationResource {

    private final CertificationService certifications;

    public EnterpriseCertificationResource(CertificationService certifications) {
        this.certifications = certifications;
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.EXPERT, Roles.BANK, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List an enterprise's certificates", description = "Every certificate, the latest first. An "
            + "applicant sees only its own enterprise.")
    @APIResponse(responseCode = "200", description = "The certificates", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CertificationView.class)))
    @APIResponse(responseCode = "404", description = "No such enterprise, or not the applicant's own (ENTERPRISE_NOT_FOUND)")
    @Extension(name = Exports.EXTENSION, value = "企业证书")
    public List<CertificationView> listEnterpriseCertifications(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc) {
        return certifications.ofEnterprise(uscc);
    }
}
