package org.keji.project.award;

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
import org.keji.project.award.dto.DecideRequest;
import org.keji.project.award.dto.NominateRequest;
import org.keji.project.award.dto.NominationView;
import org.keji.project.award.dto.PayAwardRequest;

@Path("/api/v1/awards/nominations")
@Tag(name = "Award nominations", description = "Nominations for the science and technology progress award (科技进步奖提名): "
        + "a case with a tracking number and the award matter's working-day limits, from nomination through review and "
        + "decision (a grade at the amount published for the year, within its quota) to payment recorded by a second "
        + "officer (maker-checker)")
@Produces(MediaType.APPLICATION_JSON)
public class NominationResource {

    private static final Set<String> SORTABLE = Set.of("createdAt", "dueOn");
    private static final String NOT_FOUND = "No such nomination, or not visible to the caller (AWARD_NOMINATION_NOT_FOUND)";
    private static final String AFTER = "The nomination after the action";

    private final NominationService nominations;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public NominationResource(NominationService nominations, IdempotentRequests idempotency, Exports exports) {
        this.nominations = nominations;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Nominate for the science and technology progress award", description = "Opens a case with a "
            + "tracking number (办件编号, `PRJ`) under the award's matter code and working-day limits. An enterprise "
            + "nominates itself; an officer (within the enterprise's region) or integration on its behalf. The "
            + "enterprise is read from project-service's replica (its region becomes the nomination's), the nominated "
            + "grade must be published for the year, the members' ID numbers carry a valid check character, and every "
            + "material is one of the enterprise's. Publishes `keji.case.opened.v1`.")
    @APIResponse(responseCode = "201", description = "Nominated", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "404", description = "The enterprise is not known to project-service or not within the caller's reach (ENTERPRISE_REPLICA_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "The nominated grade is not published for the year (AWARD_GRADE_NOT_PUBLISHED); a material is not the enterprise's (MATERIAL_NOT_FOUND)")
    public Response nominateForAward(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull NominateRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            NominationView view = nominations.nominate(request);
            return new Created(URI.create("/api/v1/awards/nominations/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List award nominations", description = "An applicant sees its own enterprise's, an officer "
            + "those of its region, admins and integration clients all. Sorts by `createdAt` or `dueOn`, optionally "
            + "`,asc` or `,desc` (default `createdAt,desc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = AwardNominationPage.class)))
    @Extension(name = Exports.EXTENSION, value = "科技进步奖提名")
    public Page<NominationView> listAwardNominations(
            @Parameter(description = "The award year", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "State") @QueryParam("status") NominationStatus status,
            @Parameter(description = "The enterprise's unified social credit code", example = "91350100M000100Y43") @QueryParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "The grade awarded") @QueryParam("awardedGrade") AwardGrade awardedGrade,
            @Parameter(description = "GB/T 2260 region prefix (2, 4 or 6 digits) of the enterprises, e.g. 3501 for Fuzhou", example = "3501") @QueryParam("regionPrefix") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String regionPrefix,
            @BeanParam PageParams paging) {
        NominationRepository.Filter filter = new NominationRepository.Filter(year, status, uscc, awardedGrade,
                regionPrefix);
        return exports.pages(paging.query(SORTABLE, "createdAt,desc"), query -> nominations.search(filter, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get an award nomination", description = "With the working days left and the allowed actions; "
            + "members' ID numbers masked except to officers and admins.")
    @APIResponse(responseCode = "200", description = "The nomination", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public NominationView getAwardNomination(@Parameter(description = "Nomination id") @PathParam("id") UUID id) {
        return nominations.get(id);
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Send to review (形式审查通过，进入评审)", description = "Formal review passed: the nomination goes "
            + "to the review committee. Publishes `keji.case.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not NOMINATED (AWARD_NOMINATION_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public NominationView reviewAwardNomination(@Parameter(description = "Nomination id") @PathParam("id") UUID id) {
        return nominations.review(id);
    }

    @POST
    @Path("{id}/decide")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Decide (授奖决定)", description = "AWARDED with a grade: the amount is the grade's as published "
            + "for the nomination's year, fixed now, and the award counts against the grade's quota exactly, however "
            + "many decide at once; the decider is recorded and may not record the payment. Or NOT_AWARDED with the "
            + "reason: the case closes. Publishes `keji.project.award.decided.v1` and `keji.case.status-changed.v1` "
            + "(awarded) or `keji.case.closed.v1` (not awarded).")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not UNDER_REVIEW (AWARD_NOMINATION_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "The grade is not published for the nomination's year (AWARD_GRADE_NOT_PUBLISHED); its quota for the year is used up (AWARD_GRADE_QUOTA_EXHAUSTED)")
    public NominationView decideAwardNomination(@Parameter(description = "Nomination id") @PathParam("id") UUID id,
            @Valid @NotNull DecideRequest request) {
        return nominations.decide(id, request);
    }

    @POST
    @Path("{id}/pay")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Record the payment of the award (奖金拨付)", description = "By an officer other than the one who "
            + "decided (maker-checker, held by the database too): the awarded amount paid on a day between the decision "
            + "and today, with the voucher number; closes the case. Publishes `keji.project.award.paid.v1` and "
            + "`keji.case.closed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not AWARDED (AWARD_NOMINATION_ILLEGAL_TRANSITION, with currentState and allowedActions); the caller decided it (MAKER_CHECKER_VIOLATION)")
    @APIResponse(responseCode = "422", description = "Amount other than the awarded amount (AWARD_PAYMENT_AMOUNT_MISMATCH)")
    public NominationView payAwardNomination(@Parameter(description = "Nomination id") @PathParam("id") UUID id,
            @Valid @NotNull PayAwardRequest request) {
        return nominations.pay(id, request);
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.INTEGRATION })
    @Operation(summary = "Withdraw (撤回)", description = "By the enterprise (or on its behalf) before the decision: "
            + "closes the case. Publishes `keji.case.closed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already decided, paid or withdrawn (AWARD_NOMINATION_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public NominationView withdrawAwardNomination(@Parameter(description = "Nomination id") @PathParam("id") UUID id) {
        return nominations.withdraw(id);
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "AwardNominationPage")
    public record AwardNominationPage(List<NominationView> items, int page, int size, long total) {
    }
}
