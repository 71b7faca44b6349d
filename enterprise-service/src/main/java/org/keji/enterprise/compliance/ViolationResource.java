package org.keji.enterprise.compliance;

import java.net.URI;
import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.commons.export.Exports;
import org.keji.commons.idempotency.Created;
import org.keji.commons.idempotency.IdempotentRequests;
import org.keji.commons.identifier.ValidUscc;
import org.keji.commons.security.Roles;
import org.keji.enterprise.compliance.dto.RecordViolationRequest;
import org.keji.enterprise.compliance.dto.ViolationView;

@Path("/api/v1/enterprises/{uscc}/violations")
@Tag(name = "Violations", description = "Violations and credit records shared by other authorities (违法失信记录), read by "
        + "the certification rules")
@Produces(MediaType.APPLICATION_JSON)
public class ViolationResource {

    private final ViolationService violations;
    private final IdempotentRequests idempotency;

    public ViolationResource(ViolationService violations, IdempotentRequests idempotency) {
        this.violations = violations;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Record a violation", description = "Adds a record (records are never edited) and publishes "
            + "`keji.enterprise.violation.recorded.v1`. `listedUntil` is only for a DISHONESTY listing.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ViolationView.class)))
    @APIResponse(responseCode = "404", description = "No such enterprise (ENTERPRISE_NOT_FOUND)")
    public Response recordViolation(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull RecordViolationRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            ViolationView view = violations.record(uscc, request);
            return new Created(URI.create("/api/v1/enterprises/" + uscc + "/violations/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EXPERT })
    @Operation(summary = "List an enterprise's violations", description = "The latest first. An applicant sees only its own.")
    @APIResponse(responseCode = "200", description = "The records", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ViolationView.class)))
    @APIResponse(responseCode = "404", description = "No such enterprise, or not the applicant's own (ENTERPRISE_NOT_FOUND)")
    @Extension(name = Exports.EXTENSION, value = "违规记录")
    public List<ViolationView> listViolations(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc) {
        return violations.list(uscc);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EXPERT })
    @Operation(summary = "Get one violation record")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(schema = @Schema(implementation = ViolationView.class)))
    @APIResponse(responseCode = "404", description = "No such record of this enterprise, or not the applicant's own (VIOLATION_NOT_FOUND)")
    public ViolationView getViolation(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "Record id") @PathParam("id") UUID id) {
        return violations.get(uscc, id);
    }
}
