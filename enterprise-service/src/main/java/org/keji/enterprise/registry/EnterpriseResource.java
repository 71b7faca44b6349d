package org.keji.enterprise.registry;

import java.net.URI;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.commons.idempotency.Created;
import org.keji.commons.idempotency.IdempotentRequests;
import org.keji.commons.identifier.ValidUscc;
import org.keji.commons.problem.Problem;
import org.keji.commons.security.Roles;
import org.keji.enterprise.registry.dto.EnterpriseView;
import org.keji.enterprise.registry.dto.RegisterEnterpriseRequest;

@Path("/api/v1/enterprises")
@Tag(name = "Enterprises", description = "The registry of enterprises by unified social credit code (企业库)")
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseResource {

    private final EnterpriseService enterprises;
    private final IdempotentRequests idempotency;

    public EnterpriseResource(EnterpriseService enterprises, IdempotentRequests idempotency) {
        this.enterprises = enterprises;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.APPLICANT })
    @Operation(summary = "Register an enterprise", description = "Enters an enterprise into the registry and publishes "
            + "`keji.enterprise.registered.v1`. An applicant may register only its own enterprise. Send an "
            + "`Idempotency-Key` so that a retry returns the first response instead of failing as a duplicate.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. a USCC with a wrong check character (VALIDATION_FAILED, MALFORMED_REQUEST, IDEMPOTENCY_KEY_INVALID)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token (UNAUTHENTICATED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed, or an applicant registering another enterprise (FORBIDDEN, ENTERPRISE_NOT_OWN)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already registered (ENTERPRISE_ALREADY_REGISTERED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with another body (IDEMPOTENCY_KEY_REUSED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response registerEnterprise(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key (1-200 visible ASCII characters) that makes retries safe; kept 48 h") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull RegisterEnterpriseRequest request) {
        return idempotency.create(idempotencyKey, "POST /api/v1/enterprises", request, () -> {
            EnterpriseView view = enterprises.register(request);
            return new Created(URI.create("/api/v1/enterprises/" + view.uscc()), view);
        });
    }

    @GET
    @Path("{uscc}")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.APPLICANT, Roles.EXPERT, Roles.BANK })
    @Operation(summary = "Get an enterprise", description = "An applicant sees only its own enterprise; any other USCC "
            + "answers 404 as if it did not exist.")
    @APIResponse(responseCode = "200", description = "The enterprise", content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    @APIResponse(responseCode = "400", description = "Not a valid USCC (VALIDATION_FAILED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token (UNAUTHENTICATED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not registered, or not the caller's own (ENTERPRISE_NOT_FOUND)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EnterpriseView getEnterprise(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc) {
        return enterprises.get(uscc);
    }
}
