package org.keji.ip.dispute;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.commons.export.Exports;
import org.keji.commons.idempotency.Created;
import org.keji.commons.idempotency.IdempotentRequests;
import org.keji.commons.identifier.ValidPatentApplicationNumber;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.ip.dispute.dto.LiftPreservationRequest;
import org.keji.ip.dispute.dto.PreservationView;
import org.keji.ip.dispute.dto.RecordPreservationRequest;

@Path("/api/v1/ip-disputes/preservations")
@Tag(name = "Patent preservations", description = "Court preservation orders on patents (财产保全 / 诉前保全) the bureau "
        + "records when served; a patent held by one in force is refused for pledge")
@Produces(MediaType.APPLICATION_JSON)
public class PreservationResource {

    private final PreservationService preservations;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public PreservationResource(PreservationService preservations, IdempotentRequests idempotency, Exports exports) {
        this.preservations = preservations;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Record a preservation order", description = "Records a court's order on patents, in force "
            + "from `effectiveFrom` to `effectiveUntil`; an officer records in its own region. One record per court and "
            + "order number.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = PreservationView.class)))
    @APIResponse(responseCode = "403", description = "An officer recording outside its region (REGION_OUT_OF_REACH)")
    @APIResponse(responseCode = "404", description = "The dispute case named is unknown or out of reach (DISPUTE_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "This court's order is already recorded (PRESERVATION_EXISTS)")
    public Response recordPreservation(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull RecordPreservationRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            PreservationView view = preservations.record(request);
            return new Created(URI.create("/api/v1/ip-disputes/preservations/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List preservation orders", description = "An officer sees its region's. The latest recorded "
            + "first (`sort=recordedAt,asc` for the oldest first).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = PreservationPage.class)))
    @Extension(name = Exports.EXTENSION, value = "专利保全")
    public Page<PreservationView> listPreservations(
            @Parameter(description = "A patent held (any accepted form)", example = "202310123456.6") @QueryParam("applicationNumber") @ValidPatentApplicationNumber String applicationNumber,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(Set.of("recordedAt"), "recordedAt,desc"),
                query -> preservations.search(applicationNumber, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a preservation order", description = "With whether it holds its patents today.")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = PreservationView.class)))
    @APIResponse(responseCode = "404", description = "No such order, or not within the caller's region (PRESERVATION_NOT_FOUND)")
    public PreservationView getPreservation(@Parameter(description = "Order record id") @PathParam("id") UUID id) {
        return preservations.get(id);
    }

    @POST
    @Path("{id}/lift")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Record that the court lifted the order (解除保全)", description = "From `liftedOn` (after its "
            + "first day, not after its last) the order no longer holds its patents; once only.")
    @APIResponse(responseCode = "200", description = "The order after the action", content = @Content(schema = @Schema(implementation = PreservationView.class)))
    @APIResponse(responseCode = "404", description = "No such order, or not within the caller's region (PRESERVATION_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "Already lifted, or the day is outside the order's term (PRESERVATION_NOT_IN_FORCE)")
    public PreservationView liftPreservation(@Parameter(description = "Order record id") @PathParam("id") UUID id,
            @Valid @NotNull LiftPreservationRequest request) {
        return preservations.lift(id, request);
    }

    @Schema(name = "PreservationPage")
    public record PreservationPage(List<PreservationView> items, int page, int size, long total) {
    }
}
