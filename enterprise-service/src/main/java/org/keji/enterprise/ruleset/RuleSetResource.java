package org.keji.enterprise.ruleset;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.enterprise.ruleset.dto.CreateRuleSetRequest;
import org.keji.enterprise.ruleset.dto.RuleSetView;

@Path("/api/v1/rule-sets")
@Tag(name = "Rule sets", description = "Certification rules as data, versioned by certification type × region × year "
        + "(认定条件规则集); a version is never changed, a new policy is a new version")
@Produces(MediaType.APPLICATION_JSON)
public class RuleSetResource {

    private static final Set<String> SORTABLE = Set.of("year", "createdAt");
    private static final String ALL_ROLES_NOTE = "Readable by every role: the rules are public policy.";

    private final RuleSetService ruleSets;
    private final Exports exports;
    private final IdempotentRequests idempotency;

    public RuleSetResource(RuleSetService ruleSets, IdempotentRequests idempotency, Exports exports) {
        this.exports = exports;
        this.ruleSets = ruleSets;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a new rule-set version", description = "Adds the next version for the type, region "
            + "and year; earlier versions stay as they are, and evaluations made with them keep pointing at them. "
            + "Each rule's definition is checked (metrics, tiers ascending, bands descending, items' points, direct "
            + "passes naming other rules of the set).")
    @APIResponse(responseCode = "201", description = "Published", content = @Content(schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid rule definitions, with the path of each problem (RULE_SET_INVALID)")
    @APIResponse(responseCode = "422", description = "Unknown certification type (CERTIFICATION_TYPE_UNKNOWN)")
    public Response publishRuleSet(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull CreateRuleSetRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            RuleSetView view = ruleSets.create(request);
            return new Created(URI.create("/api/v1/rule-sets/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.EXPERT, Roles.BANK, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List rule sets", description = ALL_ROLES_NOTE
            + " Sorts by `year` or `createdAt`, optionally `,asc` or `,desc` (default `year,desc`); versions follow in the same direction.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = RuleSetPage.class)))
    @Extension(name = Exports.EXTENSION, value = "认定规则集")
    public Page<RuleSetView> listRuleSets(
            @Parameter(description = "Certification type", example = "HNTE") @QueryParam("certificationType") String certificationType,
            @Parameter(description = "Region the rule sets are for (exact)", example = "000000") @QueryParam("region") @Pattern(regexp = "\\d{6}") String region,
            @Parameter(description = "Year the rule sets start (exact)", example = "2016") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(SORTABLE, "year,desc"),
                query -> ruleSets.search(certificationType, region, year, query));
    }

    @GET
    @Path("in-force")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.EXPERT, Roles.BANK, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Find the rule set in force", description = "The one an eligibility check would use: the most "
            + "specific region that has rules (the region, its city, its province, the nation), the latest year not "
            + "after `year`, the highest version. " + ALL_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "The rule set in force", content = @Content(schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "404", description = "No rules for this type, region and year (NO_RULE_SET_IN_FORCE)")
    public RuleSetView getRuleSetInForce(
            @Parameter(description = "Certification type", example = "HNTE", required = true) @QueryParam("certificationType") @NotBlank String certificationType,
            @Parameter(description = "Region of the enterprise", example = "350102", required = true) @QueryParam("region") @NotNull @Pattern(regexp = "\\d{6}") String region,
            @Parameter(description = "Evaluation year", example = "2026", required = true) @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return ruleSets.inForce(certificationType, region, year);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.EXPERT, Roles.BANK, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a rule set", description = ALL_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "The rule set with its rules", content = @Content(schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "404", description = "No such rule set (RULE_SET_NOT_FOUND)")
    public RuleSetView getRuleSet(@Parameter(description = "Rule set id") @PathParam("id") UUID id) {
        return ruleSets.get(id);
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "RuleSetPage")
    public record RuleSetPage(List<RuleSetView> items, int page, int size, long total) {
    }
}
