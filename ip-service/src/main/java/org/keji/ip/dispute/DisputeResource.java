package org.keji.ip.dispute;

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
import org.keji.ip.dispute.dto.AgreementRequest;
import org.keji.ip.dispute.dto.DisputeView;
import org.keji.ip.dispute.dto.MediationSessionRequest;
import org.keji.ip.dispute.dto.ReasonRequest;
import org.keji.ip.dispute.dto.RequestDisputeRequest;

@Path("/api/v1/ip-disputes")
@Tag(name = "IP disputes", description = "Patent dispute mediation (专利纠纷行政调解) and rights-protection assistance "
        + "(知识产权维权援助) as cases: requested → accepted or rejected → mediation sessions → agreement or failure → "
        + "closed, each step with its due date in working days")
@Produces(MediaType.APPLICATION_JSON)
public class DisputeResource {

    private static final Set<String> SORTABLE = Set.of("createdAt", "stepDueOn");
    private static final String NOT_FOUND = "No such case, or not within the caller's reach (DISPUTE_NOT_FOUND)";
    private static final String AFTER = "The case after the action";

    private final DisputeService disputes;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public DisputeResource(DisputeService disputes, IdempotentRequests idempotency, Exports exports) {
        this.disputes = disputes;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Request mediation or assistance", description = "Opens a case with a tracking number "
            + "(`IP-…`), the matter code of its category and the decision due within the matter's working days (5). "
            + "An applicant requests for its own enterprise; a person's request is recorded by an officer. The region is "
            + "given, else read from the requesting enterprise's code (its 3rd to 8th characters); an officer files "
            + "only in its own region. Evidence names materials of the requesting enterprise's wallet by id. Publishes "
            + "`keji.ip.dispute.opened.v1` and `keji.case.opened.v1`.")
    @APIResponse(responseCode = "201", description = "Requested", content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "403", description = "An applicant requesting for a person (DISPUTE_REQUESTER_NOT_OWN); an officer filing outside its region (REGION_OUT_OF_REACH)")
    @APIResponse(responseCode = "404", description = "An applicant requesting for another enterprise (ENTERPRISE_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "Evidence that is not a material of the requesting enterprise (MATERIAL_NOT_FOUND)")
    public Response requestDispute(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull RequestDisputeRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            DisputeView view = disputes.request(request);
            return new Created(URI.create("/api/v1/ip-disputes/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List dispute cases", description = "An officer sees its region's cases, an applicant its own "
            + "enterprise's. Personal data is masked. Sorts by `createdAt` or `stepDueOn`, optionally `,asc` or `,desc` "
            + "(default `createdAt,desc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = DisputePage.class)))
    @Extension(name = Exports.EXTENSION, value = "专利纠纷案件")
    public Page<DisputeView> listDisputes(
            @Parameter(description = "Category") @QueryParam("category") DisputeCategory category,
            @Parameter(description = "Kind") @QueryParam("kind") DisputeKind kind,
            @Parameter(description = "State") @QueryParam("status") DisputeStatus status,
            @Parameter(description = "Region prefix (GB/T 2260): 35 = the province, 3501 = the city", example = "3501") @QueryParam("region") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String region,
            @Parameter(description = "Year of the request", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "A patent concerned (any accepted form)", example = "202310123456.6") @QueryParam("applicationNumber") @ValidPatentApplicationNumber String applicationNumber,
            @Parameter(description = "The requesting enterprise", example = "91350100M000100Y43") @QueryParam("requesterUscc") @ValidUscc String requesterUscc,
            @BeanParam PageParams paging) {
        DisputeRepository.Filter filter = new DisputeRepository.Filter(category, kind, status, region, year,
                applicationNumber == null ? null : PatentApplicationNumber.normalize(applicationNumber),
                requesterUscc, null);
        return exports.pages(paging.query(SORTABLE, "createdAt,desc"), query -> disputes.search(filter, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a dispute case", description = "With the evidence's metadata, the mediation sessions, "
            + "the due date of the current step and of the whole case, and the allowed actions. An officer or admin "
            + "sees the parties' personal data in full; everyone else masked.")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public DisputeView getDispute(@Parameter(description = "Case id") @PathParam("id") UUID id) {
        return disputes.get(id);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Accept the request (立案)", description = "The mediation (or assistance) is then due within the "
            + "matter's working days (promised 40, legal 60 for mediation). From now on an OWNERSHIP dispute flags its "
            + "patents for pledge refusal until it closes. Publishes `keji.ip.dispute.accepted.v1` and "
            + "`keji.case.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not REQUESTED (DISPUTE_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public DisputeView acceptDispute(@Parameter(description = "Case id") @PathParam("id") UUID id) {
        return disputes.accept(id);
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Reject the request (不予受理)", description = "Closes the case. Publishes "
            + "`keji.ip.dispute.closed.v1` (outcome REJECTED) and `keji.case.closed.v1` (REFUSED).")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not REQUESTED (DISPUTE_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public DisputeView rejectDispute(@Parameter(description = "Case id") @PathParam("id") UUID id,
            @Valid @NotNull ReasonRequest request) {
        return disputes.reject(id, request);
    }

    @POST
    @Path("{id}/mediation-sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Record a mediation session", description = "While the case is accepted or mediating; the first "
            + "session moves it to MEDIATING (`keji.case.status-changed.v1`). Not before the acceptance.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not ACCEPTED or MEDIATING (DISPUTE_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public DisputeView recordMediationSession(@Parameter(description = "Case id") @PathParam("id") UUID id,
            @Valid @NotNull MediationSessionRequest request) {
        return disputes.recordSession(id, request);
    }

    @POST
    @Path("{id}/agreement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Record the mediation agreement (调解协议)", description = "The mediation ended with an "
            + "agreement; the case is then to be closed within the matter's closing working days. The signed text, if "
            + "given, is a material of the requesting enterprise.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not MEDIATING (DISPUTE_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "The agreement is not a material of the requesting enterprise (MATERIAL_NOT_FOUND)")
    public DisputeView recordDisputeAgreement(@Parameter(description = "Case id") @PathParam("id") UUID id,
            @Valid @NotNull AgreementRequest request) {
        return disputes.agree(id, request);
    }

    @POST
    @Path("{id}/fail")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Record that mediation failed (调解不成)", description = "The case is then to be closed within the "
            + "matter's closing working days.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not MEDIATING (DISPUTE_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public DisputeView failDisputeMediation(@Parameter(description = "Case id") @PathParam("id") UUID id,
            @Valid @NotNull ReasonRequest request) {
        return disputes.fail(id, request);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Close the case (结案)", description = "After an agreement or a failed mediation; the outcome "
            + "stays. Publishes `keji.ip.dispute.closed.v1` and `keji.case.closed.v1` (APPROVED: the request was "
            + "handled).")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not AGREEMENT or FAILED (DISPUTE_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public DisputeView closeDispute(@Parameter(description = "Case id") @PathParam("id") UUID id) {
        return disputes.close(id);
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Withdraw the request (撤回)", description = "By the requesting enterprise (or the bureau on a "
            + "person's behalf) before an agreement or a failure; closes the case. Publishes `keji.ip.dispute.closed.v1` "
            + "(outcome WITHDRAWN) and `keji.case.closed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already AGREEMENT, FAILED or closed (DISPUTE_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public DisputeView withdrawDispute(@Parameter(description = "Case id") @PathParam("id") UUID id) {
        return disputes.withdraw(id);
    }

    @Schema(name = "DisputePage")
    public record DisputePage(List<DisputeView> items, int page, int size, long total) {
    }
}
