package org.keji.enterprise.eligibility;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.commons.export.Exports;
import org.keji.commons.identifier.ValidUscc;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.enterprise.eligibility.dto.EligibilityCheckRequest;
import org.keji.enterprise.eligibility.dto.EligibilityCheckView;

@Path("/api/v1/enterprises/{uscc}/eligibility-checks")
@Tag(name = "Certifications")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    private final EligibilityService eligibility;
    private final Exports exports;

    public EligibilityResource(EligibilityService eligibility, Exports exports) {
        this.exports = exports;
        this.eligibility = eligibility;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Check eligibility for a certification", description = "Evaluates the rule set in force for the "
            + "type, the enterprise's region and the year (or the rule set named) on data the bureau already holds — "
            + "registration, yearly figures, IP holdings, violation records, certificates — and keeps the check. Each "
            + "condition reports its actual value, threshold, outcome (PASS, FAIL, MANUAL, MISSING_DATA, "
            + "NOT_APPLICABLE) and source clause; the verdict is NOT_ELIGIBLE if any fails, else INCOMPLETE if data is "
            + "missing, else NEEDS_REVIEW if experts must judge, else ELIGIBLE. Nothing is asked of the applicant.")
    @APIResponse(responseCode = "201", description = "Evaluated and kept", content = @Content(schema = @Schema(implementation = EligibilityCheckView.class)))
    @APIResponse(responseCode = "404", description = "No such enterprise, or not the applicant's own (ENTERPRISE_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "Unknown type, no rules in force, or a rule set of another type (CERTIFICATION_TYPE_UNKNOWN, NO_RULE_SET_IN_FORCE, RULE_SET_NOT_APPLICABLE)")
    public Response checkEligibility(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc,
            @Valid @NotNull EligibilityCheckRequest request) {
        EligibilityCheckView view = eligibility.check(uscc, request);
        // Location stays relative: behind the gateway this host means nothing to the caller
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/v1/enterprises/" + uscc + "/eligibility-checks/" + view.id())
                .entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.EXPERT, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List an enterprise's eligibility checks", description = "The latest first, each as it was evaluated. Sorts by `checkedAt` only (default `checkedAt,desc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = EligibilityCheckPage.class)))
    @APIResponse(responseCode = "404", description = "Not the applicant's own (ENTERPRISE_NOT_FOUND)")
    @Extension(name = Exports.EXTENSION, value = "认定条件测评")
    public Page<EligibilityCheckView> listEligibilityChecks(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(Set.of("checkedAt"), "checkedAt,desc"), query -> eligibility.list(uscc, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.EXPERT, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get an eligibility check", description = "As it was evaluated, with the rule set version it used — later versions do not change it.")
    @APIResponse(responseCode = "200", description = "The check", content = @Content(schema = @Schema(implementation = EligibilityCheckView.class)))
    @APIResponse(responseCode = "404", description = "No such check of this enterprise, or not the applicant's own (ELIGIBILITY_CHECK_NOT_FOUND)")
    public EligibilityCheckView getEligibilityCheck(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "Check id") @PathParam("id") UUID id) {
        return eligibility.get(uscc, id);
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "EligibilityCheckPage")
    public record EligibilityCheckPage(List<EligibilityCheckView> items, int page, int size, long total) {
    }
}
