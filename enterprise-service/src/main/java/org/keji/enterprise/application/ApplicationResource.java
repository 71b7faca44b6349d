package org.keji.enterprise.application;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.keji.enterprise.application.dto.ApplicationView;
import org.keji.enterprise.application.dto.AssignExpertsRequest;
import org.keji.enterprise.application.dto.CertifyRequest;
import org.keji.enterprise.application.dto.ExpertReviewRequest;
import org.keji.enterprise.application.dto.RaiseObjectionRequest;
import org.keji.enterprise.application.dto.RefuseRequest;
import org.keji.enterprise.application.dto.RequestCorrectionRequest;
import org.keji.enterprise.application.dto.ResolveObjectionRequest;
import org.keji.enterprise.application.dto.ResubmitRequest;
import org.keji.enterprise.application.dto.StartPublicityRequest;
import org.keji.enterprise.application.dto.SubmitApplicationRequest;

@Path("/api/v1/certification-applications")
@Tag(name = "Certification applications", description = "Applications for a certification (认定申请) from submission "
        + "through formal review, expert review and publicity to the decision, each a case with a tracking number "
        + "and a promised date in working days")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    private static final Set<String> SORTABLE = Set.of("createdAt", "dueOn");

    private final ApplicationService applications;
    private final Exports exports;
    private final IdempotentRequests idempotency;

    public ApplicationResource(ApplicationService applications, IdempotentRequests idempotency, Exports exports) {
        this.exports = exports;
        this.applications = applications;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.INTEGRATION })
    @Operation(summary = "Submit an application", description = "Opens a case with a tracking number (办件编号) and the "
            + "promised date (承诺时限) counted in working days from today; checks eligibility at once on the data the "
            + "bureau holds (registration, yearly figures, IP, certificates — never asked again) and keeps the check. "
            + "An applicant applies only for its own enterprise; one open application per enterprise and type. "
            + "Publishes `keji.enterprise.certification.application-submitted.v1`.")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such enterprise, or not the applicant's own (ENTERPRISE_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "An application of this type is already open (APPLICATION_ALREADY_OPEN)")
    @APIResponse(responseCode = "422", description = "Unknown type, or no rules in force (CERTIFICATION_TYPE_UNKNOWN, NO_RULE_SET_IN_FORCE)")
    public Response submitCertificationApplication(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull SubmitApplicationRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            ApplicationView view = applications.submit(request);
            return new Created(URI.create("/api/v1/certification-applications/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.EXPERT, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List applications", description = "Officers see all; an applicant its own enterprise's; an "
            + "expert those assigned to it. `trackingNumber` finds one case. Sorts by `createdAt` or `dueOn`, optionally `,asc` or `,desc` (default `createdAt,desc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = ApplicationPage.class)))
    @Extension(name = Exports.EXTENSION, value = "认定申请")
    public Page<ApplicationView> listCertificationApplications(
            @Parameter(description = "Enterprise", example = "91350100M000100Y43") @QueryParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "State") @QueryParam("status") ApplicationStatus status,
            @Parameter(description = "Certification type", example = "HNTE") @QueryParam("certificationType") @Size(max = 30) String certificationType,
            @Parameter(description = "Tracking number", example = "ENT-20261123-00000042") @QueryParam("trackingNumber") @Size(max = 30) String trackingNumber,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(SORTABLE, "createdAt,desc"),
                query -> applications.search(uscc, status, certificationType, trackingNumber,
                        query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.EXPERT, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get an application", description = "With the working days left, the allowed actions, and for "
            + "bureau roles the experts, their reviews and the rules re-evaluated with the experts' average scores.")
    @APIResponse(responseCode = "200", description = "The application", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not visible to the caller (APPLICATION_NOT_FOUND)")
    public ApplicationView getCertificationApplication(@Parameter(description = "Application id") @PathParam("id") UUID id) {
        return applications.get(id);
    }

    @POST
    @Path("{id}/request-correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Request a correction (补正)", description = "Formal review found materials missing: lists all of them at once and pauses the case clock until the applicant resubmits. Publishes `keji.enterprise.certification.correction-requested.v1`.")
    @APIResponse(responseCode = "200", description = "The application after the action", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not visible to the caller (APPLICATION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED (APPLICATION_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ApplicationView requestApplicationCorrection(
            @Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull RequestCorrectionRequest request) {
        return applications.requestCorrection(id, request);
    }

    @POST
    @Path("{id}/resubmit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.INTEGRATION })
    @Operation(summary = "Resubmit with the missing materials", description = "The clock runs again; the promised date moves by the working days it was paused. Publishes `keji.enterprise.certification.application-resubmitted.v1`.")
    @APIResponse(responseCode = "200", description = "The application after the action", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not visible to the caller (APPLICATION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not CORRECTION_REQUESTED (APPLICATION_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ApplicationView resubmitApplication(
            @Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull ResubmitRequest request) {
        return applications.resubmit(id, request);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Pass formal review (形式审查通过)", description = "On to expert review. Publishes `keji.enterprise.certification.application-accepted.v1`.")
    @APIResponse(responseCode = "200", description = "The application after the action", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not visible to the caller (APPLICATION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED (APPLICATION_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ApplicationView acceptApplication(
            @Parameter(description = "Application id") @PathParam("id") UUID id) {
        return applications.accept(id);
    }

    @POST
    @Path("{id}/assign-experts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Assign experts", description = "Adds reviewers; an expert sees and reviews only applications assigned to it.")
    @APIResponse(responseCode = "200", description = "The application after the action", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not visible to the caller (APPLICATION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not EXPERT_REVIEW (APPLICATION_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ApplicationView assignApplicationExperts(
            @Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull AssignExpertsRequest request) {
        return applications.assignExperts(id, request);
    }

    @POST
    @Path("{id}/expert-reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EXPERT })
    @Operation(summary = "Submit an expert review", description = "Points for every expert-scored item of the type's score rule (for HNTE: IP 30, CONVERSION 30, RD_MANAGEMENT 20) and an opinion. Once per expert.")
    @APIResponse(responseCode = "200", description = "The application after the action", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not visible to the caller (APPLICATION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not EXPERT_REVIEW, or already reviewed (APPLICATION_ILLEGAL_TRANSITION, with currentState and allowedActions, EXPERT_REVIEW_EXISTS)")
    public ApplicationView reviewApplication(
            @Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull ExpertReviewRequest request) {
        return applications.review(id, request);
    }

    @POST
    @Path("{id}/start-publicity")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Start the publicity (公示)", description = "Once every assigned expert has reviewed and the assessment (the rules on the submission's facts with the experts' average scores) fails no condition: publishes the proposed certification for the type's publicity working days. Publishes `keji.enterprise.certification.publicity-started.v1`.")
    @APIResponse(responseCode = "200", description = "The application after the action", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not visible to the caller (APPLICATION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not EXPERT_REVIEW (APPLICATION_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "No expert assigned, or reviews missing (EXPERT_REVIEWS_INCOMPLETE); the assessment fails a condition, named in the detail (APPLICATION_NOT_ELIGIBLE)")
    public ApplicationView startApplicationPublicity(
            @Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid StartPublicityRequest request) {
        return applications.startPublicity(id, request);
    }

    @POST
    @Path("{id}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Record an objection (公示异议)", description = "During publicity; blocks certification until resolved. Publishes `keji.enterprise.certification.objection-raised.v1`.")
    @APIResponse(responseCode = "200", description = "The application after the action", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not visible to the caller (APPLICATION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not PUBLICITY (APPLICATION_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ApplicationView raiseApplicationObjection(
            @Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull RaiseObjectionRequest request) {
        return applications.raiseObjection(id, request);
    }

    @POST
    @Path("{id}/resolve-objection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Resolve an objection", description = "Records the findings; an upheld objection is followed by a refusal.")
    @APIResponse(responseCode = "200", description = "The application after the action", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not visible to the caller (APPLICATION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not PUBLICITY, or already resolved (APPLICATION_ILLEGAL_TRANSITION, with currentState and allowedActions, OBJECTION_ALREADY_RESOLVED)")
    public ApplicationView resolveApplicationObjection(
            @Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull ResolveObjectionRequest request) {
        return applications.resolveObjection(id, request);
    }

    @POST
    @Path("{id}/certify")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Certify (认定通过)", description = "After the publicity period, with every objection resolved and none upheld, on an assessment that fails no condition: issues the certificate, valid for the type's years from validFrom (the decision day or later), and publishes `keji.enterprise.certification.granted.v1` with the tracking number.")
    @APIResponse(responseCode = "200", description = "The application after the action", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not visible to the caller (APPLICATION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not PUBLICITY, or the certificate number is taken (APPLICATION_ILLEGAL_TRANSITION, with currentState and allowedActions, CERTIFICATE_NUMBER_TAKEN)")
    @APIResponse(responseCode = "422", description = "Publicity not over (PUBLICITY_NOT_ENDED), objections open (OBJECTIONS_OPEN) or upheld (OBJECTION_UPHELD), the assessment fails a condition (APPLICATION_NOT_ELIGIBLE), or validFrom before the decision day (VALIDITY_STARTS_IN_PAST)")
    public ApplicationView certifyApplication(
            @Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull CertifyRequest request) {
        return applications.certify(id, request);
    }

    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Refuse (不予认定)", description = "Closes the case with a reason the applicant sees. Publishes `keji.enterprise.certification.application-refused.v1`.")
    @APIResponse(responseCode = "200", description = "The application after the action", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not visible to the caller (APPLICATION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Already decided (APPLICATION_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ApplicationView refuseApplication(
            @Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull RefuseRequest request) {
        return applications.refuse(id, request);
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({ Roles.APPLICANT, Roles.INTEGRATION })
    @Operation(summary = "Withdraw (撤回)", description = "The applicant closes its case before publicity. Publishes `keji.enterprise.certification.application-withdrawn.v1`.")
    @APIResponse(responseCode = "200", description = "The application after the action", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not visible to the caller (APPLICATION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "In publicity or decided (APPLICATION_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ApplicationView withdrawApplication(
            @Parameter(description = "Application id") @PathParam("id") UUID id) {
        return applications.withdraw(id);
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "CertificationApplicationPage")
    public record ApplicationPage(List<ApplicationView> items, int page, int size, long total) {
    }
}
