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
import org.keji.commons.security.Roles;
import org.keji.enterprise.certification.dto.CertificationTypeView;

@Path("/api/v1/certification-types")
@Tag(name = "Certifications", description = "Certification types, certificates held, eligibility and applications (资质认定)")
@Produces(MediaType.APPLICATION_JSON)
public class CertificationTypeResource {

    private final CertificationService certifications;

    public CertificationTypeResource(CertificationService certifications) {
        this.certifications = certifications;
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.EXPERT, Roles.BANK, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List certification types", description = "HNTE (高新技术企业), TECH_SME (科技型中小企业) and the local "
            + "types the bureau has entered as data (e.g. TECH_GIANT, 科技小巨人).")
    @APIResponse(responseCode = "200", description = "Every type", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CertificationTypeView.class)))
    @Extension(name = Exports.EXTENSION, value = "认定类型")
    public List<CertificationTypeView> listCertificationTypes() {
        return certifications.types();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.EXPERT, Roles.BANK, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a certification type")
    @APIResponse(responseCode = "200", description = "The type", content = @Content(schema = @Schema(implementation = CertificationTypeView.class)))
    @APIResponse(responseCode = "404", description = "No such type (CERTIFICATION_TYPE_NOT_FOUND)")
    public CertificationTypeView getCertificationType(
            @Parameter(description = "Type code", example = "HNTE") @PathParam("code") String code) {
        return certifications.type(code);
    }
}
