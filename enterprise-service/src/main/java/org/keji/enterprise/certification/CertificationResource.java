package org.keji.enterprise.certification;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.commons.idempotency.Created;
import org.keji.commons.idempotency.IdempotentRequests;
import org.keji.commons.problem.Problem;
import org.keji.commons.security.Roles;
import org.keji.commons.web.EntityVersions;
import org.keji.enterprise.certification.dto.CertificationView;
import org.keji.enterprise.certification.dto.RecordCertificationRequest;

@Path("/api/v1/certifications")
@Tag(name = "Certifications")
@Produces(MediaType.APPLICATION_JSON)
public class CertificationResource {

    private final CertificationService certifications;
    private final IdempotentRequests idempotency;

    public CertificationResource(CertificationService certifications, IdempotentRequests idempotency) {
        this.certifications = certifications;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Record a certificate granted before", description = "Enters a certificate that was granted "
            + "outside this system (e.g. before it was used), so eligibility checks and statistics know it, and "
            + "publishes `keji.enterprise.certification.granted.v1` with origin IMPORTED. A certificate whose validity "
            + "has ended is recorded as EXPIRED.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = CertificationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (VALIDATION_FAILED, MALFORMED_REQUEST)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token (UNAUTHENTICATED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed (FORBIDDEN)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The certificate number is already recorded for this type (CERTIFICATE_NUMBER_TAKEN)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown type or unregistered holder, or Idempotency-Key reused (CERTIFICATION_TYPE_UNKNOWN, ENTERPRISE_NOT_REGISTERED, IDEMPOTENCY_KEY_REUSED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordCertification(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull RecordCertificationRequest request) {
        return idempotency.create(idempotencyKey, "POST /api/v1/certifications", request, () -> {
            CertificationView view = certifications.record(request);
            return new Created(URI.create("/api/v1/certifications/" + view.id()), view);
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.EXPERT, Roles.BANK, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a certificate", description = "An applicant sees only its own enterprise's certificates. "
            + "`missingAnnualReports` are the years whose annual report is overdue as of today. The `ETag` is the "
            + "version, for `If-Match` on an action (recheck, clear, revoke).")
    @APIResponse(responseCode = "200", description = "The certificate", headers = @Header(name = EntityVersions.ETAG, description = "The version, e.g. \"3\"", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CertificationView.class)))
    @APIResponse(responseCode = "401", description = "No valid token (UNAUTHENTICATED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such certificate, or not the applicant's own (CERTIFICATION_NOT_FOUND)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getCertification(@Parameter(description = "Certificate id") @PathParam("id") UUID id) {
        CertificationView view = certifications.get(id);
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }
}
