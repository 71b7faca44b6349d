package org.keji.ip.pledge;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.keji.commons.identifier.PatentApplicationNumber;
import org.keji.commons.identifier.ValidPatentApplicationNumber;
import org.keji.commons.identifier.ValidUscc;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.ip.pledge.dto.PatentPledgeView;
import org.keji.ip.pledge.dto.RefusePledgeRequest;
import org.keji.ip.pledge.dto.ReleasePledgeRequest;
import org.keji.ip.pledge.dto.RequestPatentPledgeRequest;

@Path("/api/v1/patent-pledges")
@Tag(name = "Patent pledges", description = "Patent pledge registration (专利权质押登记): a case with a tracking number "
        + "decided within 7 working days on every refusal ground the register shows, then the registered pledge until "
        + "its release. finance-service requests and releases pledges through the pledge saga (keji.finance.v1 → "
        + "keji.ip.v1); officers through this API")
@Produces(MediaType.APPLICATION_JSON)
public class PatentPledgeResource {

    private static final Set<String> SORTABLE = Set.of("createdAt", "dueOn", "registeredOn");

    private final PatentPledgeService pledges;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public PatentPledgeResource(PatentPledgeService pledges, IdempotentRequests idempotency, Exports exports) {
        this.pledges = pledges;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Request a patent pledge registration", description = "Opens a case with a tracking number "
            + "(办件编号) under matter KJ-IP-PATENT-PLEDGE, promised and legally within 7 working days (matter data), "
            + "and shows every refusal ground that applies today (`grounds`, a preview: nothing is decided). The region "
            + "is the one given, else the region coded in the pledgor's USCC (3rd to 8th characters); an officer files "
            + "only within its region. The pledge contract is a material of the pledgor, a co-holder's consent a "
            + "material of that co-holder. Publishes `keji.case.opened.v1`.")
    @APIResponse(responseCode = "201", description = "Requested, with the grounds that apply now", content = @Content(schema = @Schema(implementation = PatentPledgeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (VALIDATION_FAILED with the field, e.g. a patent named twice, a debt term ending before it starts, a secured amount of zero)")
    @APIResponse(responseCode = "403", description = "An officer filing outside its region (REGION_OUT_OF_REACH); a role that may not file (FORBIDDEN)")
    @APIResponse(responseCode = "422", description = "The pledge contract is not a material of the pledgor (MATERIAL_NOT_FOUND)")
    public Response requestPatentPledge(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull RequestPatentPledgeRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            PatentPledgeView view = pledges.request(request);
            return new Created(URI.create("/api/v1/patent-pledges/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.BANK })
    @Operation(summary = "List patent pledge registrations", description = "An applicant sees the pledges it made, a "
            + "bank those it takes (its `bank` claim), an officer those of its region, admins and integration clients "
            + "all. Sorts by `createdAt`, `dueOn` or `registeredOn`, optionally `,asc` or `,desc` (default "
            + "`createdAt,desc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = PatentPledgePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter (VALIDATION_FAILED with the parameter)")
    @Extension(name = Exports.EXTENSION, value = "专利权质押登记")
    public Page<PatentPledgeView> listPatentPledges(
            @Parameter(description = "State") @QueryParam("status") PledgeStatus status,
            @Parameter(description = "Pledgor's unified social credit code", example = "91350100M000100Y43") @QueryParam("pledgorUscc") @ValidUscc String pledgorUscc,
            @Parameter(description = "Pledgee bank's id", example = "icbc-fz") @QueryParam("bankId") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String bankId,
            @Parameter(description = "A pledged patent's application number, any accepted form", example = "202310123456.X") @QueryParam("applicationNumber") @ValidPatentApplicationNumber String applicationNumber,
            @Parameter(description = "GB/T 2260 region prefix (2, 4 or 6 digits), e.g. 3501 for Fuzhou", example = "3501") @QueryParam("regionPrefix") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String regionPrefix,
            @Parameter(description = "Year of registration (登记年度)", example = "2026") @QueryParam("registeredYear") @Min(2000) @Max(2100) Integer registeredYear,
            @BeanParam PageParams paging) {
        PatentPledgeRepository.Filter filter = new PatentPledgeRepository.Filter(status, pledgorUscc, bankId,
                applicationNumber == null ? null : PatentApplicationNumber.normalize(applicationNumber), regionPrefix,
                registeredYear);
        return exports.pages(paging.query(SORTABLE, "createdAt,desc"), query -> pledges.search(filter, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.BANK })
    @Operation(summary = "Get a patent pledge registration", description = "With its patents, the grounds of the last "
            + "check, the working days left and the allowed actions.")
    @APIResponse(responseCode = "200", description = "The pledge", content = @Content(schema = @Schema(implementation = PatentPledgeView.class)))
    @APIResponse(responseCode = "404", description = "No such pledge, or not visible to the caller (PLEDGE_NOT_FOUND)")
    public PatentPledgeView getPatentPledge(@Parameter(description = "Pledge id") @PathParam("id") UUID id) {
        return pledges.get(id);
    }

    @POST
    @Path("{id}/register")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Register the pledge (准予登记)", description = "Checks every ground again at decision time. "
            + "With none, assigns the registration number (Y + year + region + 7-digit sequence, unique), closes the "
            + "case and publishes `keji.ip.patent-pledge.registered.v1` and `keji.case.closed.v1`. With any, answers "
            + "422 listing every ground and leaves the case REQUESTED (then refuse it). Of registrations of one patent at "
            + "once exactly one succeeds: another finds ALREADY_PLEDGED (422) or, when both checked before either "
            + "committed, meets the unique index of active pledged patents and answers 409 PLEDGE_CONCURRENT_DECISION "
            + "with nothing changed; trying again then answers 422 with ALREADY_PLEDGED.")
    @APIResponse(responseCode = "200", description = "Registered", content = @Content(schema = @Schema(implementation = PatentPledgeView.class)))
    @APIResponse(responseCode = "404", description = "No such pledge, or not visible to the caller (PLEDGE_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not REQUESTED (PLEDGE_ILLEGAL_TRANSITION, with currentState and allowedActions); another registration of one of its patents committed meanwhile (PLEDGE_CONCURRENT_DECISION, nothing changed)")
    @APIResponse(responseCode = "422", description = "Refusal grounds apply (PLEDGE_REFUSAL_GROUNDS): one `violations` entry per ground and patent, `field` the ground, `rejectedValue` the application number, `message` what the register shows")
    public PatentPledgeView registerPatentPledge(@Parameter(description = "Pledge id") @PathParam("id") UUID id) {
        PatentPledgeService.Registration registration = pledges.register(id);
        if (!registration.grounds().isEmpty()) {
            throw new PledgeRefusalGroundsException(registration.trackingNumber(), registration.grounds());
        }
        return registration.pledge();
    }

    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Refuse the pledge (不予登记)", description = "Refuses on every ground the checks find now, with "
            + "the officer's reasons in words; closes the case and publishes `keji.ip.patent-pledge.refused.v1` (every "
            + "ground) and `keji.case.closed.v1`. A refusal rests on at least one ground.")
    @APIResponse(responseCode = "200", description = "Refused", content = @Content(schema = @Schema(implementation = PatentPledgeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (VALIDATION_FAILED with the field)")
    @APIResponse(responseCode = "404", description = "No such pledge, or not visible to the caller (PLEDGE_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not REQUESTED (PLEDGE_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "No ground applies: register it (PLEDGE_NO_REFUSAL_GROUND)")
    public PatentPledgeView refusePatentPledge(@Parameter(description = "Pledge id") @PathParam("id") UUID id,
            @Valid @NotNull RefusePledgeRequest request) {
        return pledges.refuse(id, request);
    }

    @POST
    @Path("{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Release the pledge (质押登记注销)", description = "From today the patents are no longer "
            + "pledged and may be pledged again. Publishes `keji.ip.patent-pledge.released.v1` and "
            + "`keji.case.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = "Released", content = @Content(schema = @Schema(implementation = PatentPledgeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (VALIDATION_FAILED with the field)")
    @APIResponse(responseCode = "404", description = "No such pledge, or not visible to the caller (PLEDGE_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not REGISTERED (PLEDGE_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public PatentPledgeView releasePatentPledge(@Parameter(description = "Pledge id") @PathParam("id") UUID id,
            @Valid @NotNull ReleasePledgeRequest request) {
        return pledges.release(id, request);
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "PatentPledgePage")
    public record PatentPledgePage(List<PatentPledgeView> items, int page, int size, long total) {
    }
}
