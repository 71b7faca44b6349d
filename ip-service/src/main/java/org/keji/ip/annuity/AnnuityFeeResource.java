package org.keji.ip.annuity;

import java.net.URI;
import java.time.LocalDate;
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
import org.keji.commons.identifier.PatentType;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.ip.annuity.dto.AnnuityFeeScheduleView;
import org.keji.ip.annuity.dto.PublishAnnuityScheduleRequest;

@Path("/api/v1/patent-annuity-fees")
@Tag(name = "Patent annuity fees", description = "The official annuity schedule (专利年费标准) by patent kind and year of the "
        + "term, as versioned data: a version applies from its date until the next one and is never changed")
@Produces(MediaType.APPLICATION_JSON)
public class AnnuityFeeResource {

    private static final Set<String> SORTABLE = Set.of("effectiveFrom");
    private static final String PUBLIC_NOTE = "Readable by every role: the fees are public information.";

    private final AnnuityService annuities;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public AnnuityFeeResource(AnnuityService annuities, IdempotentRequests idempotency, Exports exports) {
        this.annuities = annuities;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish an annuity schedule version", description = "The whole table of one base kind "
            + "(INVENTION, UTILITY_MODEL, DESIGN) from `effectiveFrom` on: bands of term years from year 1 to the end "
            + "of the kind's term (20, 10, 15 years) without gaps or overlaps. Earlier versions stay as they are and keep "
            + "applying to payments before the date. Administrators only.")
    @APIResponse(responseCode = "201", description = "Published", content = @Content(schema = @Schema(implementation = AnnuityFeeScheduleView.class)))
    @APIResponse(responseCode = "400", description = "Bands that do not cover the term exactly, a negative amount, or a PCT kind (ANNUITY_SCHEDULE_INVALID)")
    @APIResponse(responseCode = "409", description = "The kind already has a version from that date (ANNUITY_SCHEDULE_EXISTS)")
    public Response publishAnnuitySchedule(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull PublishAnnuityScheduleRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            AnnuityFeeScheduleView view = annuities.publish(request);
            return new Created(URI.create("/api/v1/patent-annuity-fees/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.EXPERT, Roles.BANK, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List annuity schedule versions", description = "Every version, or with `on` only the version of "
            + "each kind in force that day. A PCT kind as filter finds its base kind's schedules. Sorts by "
            + "`effectiveFrom` (default `effectiveFrom,desc`). " + PUBLIC_NOTE)
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = AnnuityFeeSchedulePage.class)))
    @Extension(name = Exports.EXTENSION, value = "专利年费标准")
    public Page<AnnuityFeeScheduleView> listAnnuitySchedules(
            @Parameter(description = "Patent kind", example = "INVENTION") @QueryParam("patentType") PatentType patentType,
            @Parameter(description = "Only the versions in force on this day", example = "2026-06-30") @QueryParam("on") LocalDate on,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(SORTABLE, "effectiveFrom,desc"),
                query -> annuities.search(patentType, on, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.EXPERT, Roles.BANK, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get an annuity schedule version", description = PUBLIC_NOTE)
    @APIResponse(responseCode = "200", description = "The version with its bands", content = @Content(schema = @Schema(implementation = AnnuityFeeScheduleView.class)))
    @APIResponse(responseCode = "404", description = "No such version (ANNUITY_SCHEDULE_NOT_FOUND)")
    public AnnuityFeeScheduleView getAnnuitySchedule(@Parameter(description = "Schedule version id") @PathParam("id") UUID id) {
        return annuities.get(id);
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "AnnuityFeeSchedulePage")
    public record AnnuityFeeSchedulePage(List<AnnuityFeeScheduleView> items, int page, int size, long total) {
    }
}
