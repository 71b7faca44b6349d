package org.keji.ip.subsidy;

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
import org.keji.commons.identifier.ValidUscc;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.ip.subsidy.dto.ApplySubsidyRequest;
import org.keji.ip.subsidy.dto.ApproveSubsidyRequest;
import org.keji.ip.subsidy.dto.PatentSubsidyView;
import org.keji.ip.subsidy.dto.PaySubsidyRequest;
import org.keji.ip.subsidy.dto.RefuseSubsidyRequest;
import org.keji.ip.subsidy.dto.SubsidyCorrectionRequest;
import org.keji.ip.subsidy.dto.SubsidyResubmitRequest;

@Path("/api/v1/patent-subsidies")
@Tag(name = "Patent subsidies", description = "Patent subsidy and grant-reward applications (专利资助 / 授权奖励申请) under a "
        + "subsidy policy: a case with a tracking number and the policy's working-day limits, from submission by a "
        + "holder through officer review to payment recorded by a second officer (maker-checker), at most once per "
        + "patent per policy and within the policy's caps per enterprise and budget")
@Produces(MediaType.APPLICATION_JSON)
public class SubsidyResource {

    private static final Set<String> SORTABLE = Set.of("createdAt", "dueOn");
    private static final String NOT_FOUND = "No such application, or not visible to the caller (PATENT_SUBSIDY_NOT_FOUND)";
    private static final String AFTER = "The application after the action";

    private final SubsidyService subsidies;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public SubsidyResource(SubsidyService subsidies, IdempotentRequests idempotency, Exports exports) {
        this.subsidies = subsidies;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Apply for a patent subsidy or grant reward", description = "Opens a case with a tracking number "
            + "(办件编号) under the policy's matter code and working-day limits. A holder applies for its own code; an "
            + "officer (within the patent's region) or integration on its behalf. Every condition is checked at once: "
            + "the policy is OPEN and today lies in its window, the applicant is a current holder, the patent's derived "
            + "status reaches the policy's eligible status, its region lies within the policy's, the policy has an amount "
            + "for its type. The amount is the policy's for the patent's type: a co-owned patent is subsidized once per "
            + "policy, in full, to the holder that applies. At most one live application per patent and policy (a "
            + "refused or withdrawn one frees the patent). The amount is reserved at once against the applicant's caps "
            + "under the policy (amount and count) and the policy's budget, exactly under concurrent requests, and "
            + "given back on refusal or withdrawal. The application's region is the patent's. Publishes "
            + "`keji.case.opened.v1`.")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(schema = @Schema(implementation = PatentSubsidyView.class)))
    @APIResponse(responseCode = "404", description = "An applicant applying for another enterprise (ENTERPRISE_NOT_FOUND); no such patent or out of the caller's reach (PATENT_NOT_FOUND); no such policy (SUBSIDY_POLICY_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The patent has a live application under the policy (SUBSIDY_ALREADY_APPLIED)")
    @APIResponse(responseCode = "422", description = "Conditions failed, each named in the detail and in `violations` "
            + "(`message` = POLICY_NOT_OPEN, OUTSIDE_APPLICATION_WINDOW, APPLICANT_NOT_HOLDER, PATENT_STATUS_NOT_ELIGIBLE, "
            + "PATENT_REGION_NOT_COVERED, PATENT_TYPE_NOT_SUBSIDIZED) (SUBSIDY_NOT_ELIGIBLE); the applicant's cap under the "
            + "policy would be passed, with the cap and what is left (SUBSIDY_CAP_AMOUNT_EXCEEDED, SUBSIDY_CAP_COUNT_EXCEEDED); "
            + "the policy's budget would be passed (SUBSIDY_BUDGET_EXHAUSTED); a material is not the applicant's (MATERIAL_NOT_FOUND)")
    public Response applyForPatentSubsidy(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ApplySubsidyRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            PatentSubsidyView view = subsidies.submit(request);
            return new Created(URI.create("/api/v1/patent-subsidies/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List patent subsidy applications", description = "An applicant sees its own, an officer those "
            + "of its region (the patents' regions), admins and integration clients all. Sorts by `createdAt` or `dueOn`, "
            + "optionally `,asc` or `,desc` (default `createdAt,desc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = PatentSubsidyPage.class)))
    @Extension(name = Exports.EXTENSION, value = "专利资助申请")
    public Page<PatentSubsidyView> listPatentSubsidies(
            @Parameter(description = "Policy id") @QueryParam("policyId") UUID policyId,
            @Parameter(description = "State") @QueryParam("status") SubsidyStatus status,
            @Parameter(description = "Applicant's unified social credit code", example = "91350100M000100Y43") @QueryParam("applicantUscc") @ValidUscc String applicantUscc,
            @Parameter(description = "Patent id") @QueryParam("patentId") UUID patentId,
            @Parameter(description = "The policy's year", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "GB/T 2260 region prefix (2, 4 or 6 digits) of the patents, e.g. 3501 for Fuzhou", example = "3501") @QueryParam("regionPrefix") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String regionPrefix,
            @BeanParam PageParams paging) {
        SubsidyApplicationRepository.Filter filter = new SubsidyApplicationRepository.Filter(policyId, status,
                applicantUscc, patentId, year, regionPrefix);
        return exports.pages(paging.query(SORTABLE, "createdAt,desc"), query -> subsidies.search(filter, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a patent subsidy application", description = "With the working days left, the allowed "
            + "actions and the metadata of each referenced material.")
    @APIResponse(responseCode = "200", description = "The application", content = @Content(schema = @Schema(implementation = PatentSubsidyView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PatentSubsidyView getPatentSubsidy(@Parameter(description = "Application id") @PathParam("id") UUID id) {
        return subsidies.get(id);
    }

    @POST
    @Path("{id}/request-correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Request a correction (补正)", description = "Lists everything missing at once and pauses the "
            + "case clock until the applicant resubmits. Publishes `keji.case.paused.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = PatentSubsidyView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not SUBMITTED (PATENT_SUBSIDY_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public PatentSubsidyView requestPatentSubsidyCorrection(
            @Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull SubsidyCorrectionRequest request) {
        return subsidies.requestCorrection(id, request);
    }

    @POST
    @Path("{id}/resubmit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.INTEGRATION })
    @Operation(summary = "Resubmit with the missing materials", description = "The clock runs again; both due dates "
            + "move by the working days it was paused. Publishes `keji.case.resumed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = PatentSubsidyView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not CORRECTION_REQUESTED (PATENT_SUBSIDY_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "A material is not the applicant's (MATERIAL_NOT_FOUND)")
    public PatentSubsidyView resubmitPatentSubsidy(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull SubsidyResubmitRequest request) {
        return subsidies.resubmit(id, request);
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Approve (审核通过)", description = "Approves an amount up to the one applied for (a lower one "
            + "gives the difference back to the caps and the budget) and records the approver, who may not record the "
            + "payment. Publishes `keji.ip.patent-subsidy.approved.v1` and `keji.case.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = PatentSubsidyView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not SUBMITTED (PATENT_SUBSIDY_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "Approved amount above the amount applied for (SUBSIDY_APPROVED_AMOUNT_EXCEEDS)")
    public PatentSubsidyView approvePatentSubsidy(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull ApproveSubsidyRequest request) {
        return subsidies.approve(id, request);
    }

    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Refuse (不予资助)", description = "Closes the case with every reason; the reservation goes back "
            + "to the caps and the budget, and the patent may be applied for again under the policy. Publishes "
            + "`keji.ip.patent-subsidy.refused.v1` and `keji.case.closed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = PatentSubsidyView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already decided or withdrawn (PATENT_SUBSIDY_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public PatentSubsidyView refusePatentSubsidy(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull RefuseSubsidyRequest request) {
        return subsidies.refuse(id, request);
    }

    @POST
    @Path("{id}/pay")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Record the payment (拨付)", description = "By an officer other than the approver "
            + "(maker-checker): the approved amount paid on a day between the approval and today, with the voucher "
            + "number; closes the case. Publishes `keji.ip.patent-subsidy.paid.v1` and `keji.case.closed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = PatentSubsidyView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not APPROVED (PATENT_SUBSIDY_ILLEGAL_TRANSITION, with currentState and allowedActions); the caller approved it (MAKER_CHECKER_VIOLATION)")
    @APIResponse(responseCode = "422", description = "Amount other than the approved amount (SUBSIDY_PAYMENT_AMOUNT_MISMATCH)")
    public PatentSubsidyView payPatentSubsidy(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull PaySubsidyRequest request) {
        return subsidies.pay(id, request);
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.INTEGRATION })
    @Operation(summary = "Withdraw (撤回)", description = "By the applicant (or on its behalf) before a decision: closes "
            + "the case; the reservation goes back to the caps and the budget, and the patent may be applied for again "
            + "under the policy. Publishes `keji.case.closed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = PatentSubsidyView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already approved, paid, refused or withdrawn (PATENT_SUBSIDY_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public PatentSubsidyView withdrawPatentSubsidy(@Parameter(description = "Application id") @PathParam("id") UUID id) {
        return subsidies.withdraw(id);
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "PatentSubsidyPage")
    public record PatentSubsidyPage(List<PatentSubsidyView> items, int page, int size, long total) {
    }
}
