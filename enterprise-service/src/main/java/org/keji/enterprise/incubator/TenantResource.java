package org.keji.enterprise.incubator;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.keji.commons.event.enterprise.SeedFundPaid;
import org.keji.commons.event.enterprise.TenantAdmitted;
import org.keji.commons.event.enterprise.TenantAssessed;
import org.keji.commons.event.enterprise.TenantGraduated;
import org.keji.commons.event.enterprise.TenantMovedOut;
import org.keji.commons.export.Exports;
import org.keji.commons.idempotency.Created;
import org.keji.commons.idempotency.IdempotentRequests;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.enterprise.incubator.dto.AdmitTenantRequest;
import org.keji.enterprise.incubator.dto.AssessTenantRequest;
import org.keji.enterprise.incubator.dto.GraduateTenantRequest;
import org.keji.enterprise.incubator.dto.MoveOutTenantRequest;
import org.keji.enterprise.incubator.dto.RecordSeedFundPaymentRequest;
import org.keji.enterprise.incubator.dto.SeedFundPaymentView;
import org.keji.enterprise.incubator.dto.TenantAssessmentView;
import org.keji.enterprise.incubator.dto.TenantView;

@Path("/api/v1/incubators/{incubatorId}/tenants")
@Tag(name = "Incubator tenants", description = "Enterprises incubating in an incubator or maker space (在孵企业): admission, yearly assessment, graduation, moving out and seed funds")
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    private static final Set<String> TENANT_SORTABLE = Set.of("movedInOn", "name");
    private static final Set<String> PAYMENT_SORTABLE = Set.of("paidOn");
    private static final String STATUSES = "INCUBATING|GRADUATED|MOVED_OUT";

    private final TenantService tenants;
    private final Exports exports;
    private final IdempotentRequests idempotency;

    public TenantResource(TenantService tenants, IdempotentRequests idempotency, Exports exports) {
        this.exports = exports;
        this.tenants = tenants;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Admit a tenant", description = "An enterprise moves into the incubator (入孵) and incubates "
            + "until the move-in date plus its incubation limit (the bureau's default when none is given). Refused when "
            + "every place is taken, also when two admissions race for the last place, and when the enterprise is "
            + "incubating anywhere already. Publishes `" + TenantAdmitted.TYPE + "`. Officers and administrators only; "
            + "send an `Idempotency-Key` to make retries safe.")
    @APIResponse(responseCode = "201", description = "Admitted", content = @Content(schema = @Schema(implementation = TenantView.class)))
    @APIResponse(responseCode = "404", description = "No such incubator (INCUBATOR_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The enterprise is incubating already, here or elsewhere (TENANT_ALREADY_INCUBATING)")
    @APIResponse(responseCode = "422", description = "Every place is taken (INCUBATOR_FULL)")
    public Response admitTenant(
            @Parameter(description = "Incubator id", example = "0b6f3c52-6a0e-4d2f-9a57-2f4f3f1f8c11") @PathParam("incubatorId") UUID incubatorId,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key (1-200 visible ASCII characters) that makes retries safe; kept 48 h") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull AdmitTenantRequest request) {
        String path = "/api/v1/incubators/" + incubatorId + "/tenants";
        return idempotency.create(idempotencyKey, request, () -> {
            TenantView view = tenants.admit(incubatorId, request);
            return new Created(URI.create(path + "/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.APPLICANT })
    @Operation(summary = "List the tenants of an incubator", description = "Paged, optionally filtered by status, "
            + "sorted by move-in date or name. An applicant sees only the records of its own enterprise. Sorts by `movedInOn` or `name`, optionally `,asc` or `,desc` (default `movedInOn`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = TenantPage.class)))
    @APIResponse(responseCode = "404", description = "No such incubator (INCUBATOR_NOT_FOUND)")
    @Extension(name = Exports.EXTENSION, value = "在孵企业")
    public Page<TenantView> listTenants(
            @Parameter(description = "Incubator id", example = "0b6f3c52-6a0e-4d2f-9a57-2f4f3f1f8c11") @PathParam("incubatorId") UUID incubatorId,
            @Parameter(description = "Status: `INCUBATING` 在孵, `GRADUATED` 已毕业, `MOVED_OUT` 已迁出", schema = @Schema(implementation = TenantStatus.class)) @QueryParam("status") @Pattern(regexp = STATUSES) String status,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(TENANT_SORTABLE, "movedInOn"),
                query -> tenants.list(incubatorId, status == null ? null : TenantStatus.valueOf(status),
                        query));
    }

    @GET
    @Path("{tenantId}")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.APPLICANT })
    @Operation(summary = "Get a tenant", description = "With its incubation period, whether it is overdue, its "
            + "assessments and the seed funds paid to it. An applicant sees only its own enterprise's records; any "
            + "other answers 404 as if it did not exist.")
    @APIResponse(responseCode = "200", description = "The tenant", content = @Content(schema = @Schema(implementation = TenantView.class)))
    @APIResponse(responseCode = "404", description = "No such incubator (INCUBATOR_NOT_FOUND), or no such tenant in it or not the caller's own (TENANT_NOT_FOUND)")
    public TenantView getTenant(
            @Parameter(description = "Incubator id", example = "0b6f3c52-6a0e-4d2f-9a57-2f4f3f1f8c11") @PathParam("incubatorId") UUID incubatorId,
            @Parameter(description = "Tenant id", example = "3f1e2d4c-5b6a-4789-8abc-def012345678") @PathParam("tenantId") UUID tenantId) {
        return tenants.get(incubatorId, tenantId);
    }

    @POST
    @Path("{tenantId}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Record a yearly assessment", description = "One assessment per tenant and year (年度考核: 优秀 "
            + "/ 合格 / 不合格), only while the tenant is incubating. An unqualified (不合格) grade sets the tenant's "
            + "move-out deadline to the assessment date plus the bureau's move-out period (configured, 3 "
            + "months by default); a later unqualified year never pushes a deadline back. Publishes `" + TenantAssessed.TYPE
            + "`. Officers and "
            + "administrators only; send an `Idempotency-Key` to make retries safe.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = TenantAssessmentView.class)))
    @APIResponse(responseCode = "404", description = "No such tenant in this incubator (TENANT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The year is assessed already (TENANT_ASSESSMENT_EXISTS), or the tenant is not incubating (TENANT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "Assessed before the tenant moved in (TENANT_DATE_BEFORE_MOVE_IN)")
    public Response assessTenant(
            @Parameter(description = "Incubator id", example = "0b6f3c52-6a0e-4d2f-9a57-2f4f3f1f8c11") @PathParam("incubatorId") UUID incubatorId,
            @Parameter(description = "Tenant id", example = "3f1e2d4c-5b6a-4789-8abc-def012345678") @PathParam("tenantId") UUID tenantId,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key (1-200 visible ASCII characters) that makes retries safe; kept 48 h") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull AssessTenantRequest request) {
        String path = "/api/v1/incubators/" + incubatorId + "/tenants/" + tenantId;
        return idempotency.create(idempotencyKey, request, () -> {
            TenantAssessmentView view = tenants.assess(incubatorId, tenantId, request);
            // assessments are read as part of their tenant
            return new Created(URI.create(path), view);
        });
    }

    @POST
    @Path("{tenantId}/graduate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Graduate a tenant", description = "An incubating tenant graduates (毕业) and frees its place. "
            + "From any other status the action is refused with the current status and the allowed actions. Publishes `"
            + TenantGraduated.TYPE + "`. Officers and administrators only.")
    @APIResponse(responseCode = "200", description = "Graduated", content = @Content(schema = @Schema(implementation = TenantView.class)))
    @APIResponse(responseCode = "404", description = "No such tenant in this incubator (TENANT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The tenant is not incubating (TENANT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "Graduation dated before the move-in (TENANT_DATE_BEFORE_MOVE_IN)")
    public TenantView graduateTenant(
            @Parameter(description = "Incubator id", example = "0b6f3c52-6a0e-4d2f-9a57-2f4f3f1f8c11") @PathParam("incubatorId") UUID incubatorId,
            @Parameter(description = "Tenant id", example = "3f1e2d4c-5b6a-4789-8abc-def012345678") @PathParam("tenantId") UUID tenantId,
            @Valid @NotNull GraduateTenantRequest request) {
        return tenants.graduate(incubatorId, tenantId, request);
    }

    @POST
    @Path("{tenantId}/move-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Move a tenant out", description = "An incubating tenant leaves without graduating (迁出), "
            + "e.g. after an unqualified assessment, and frees its place. From any other status the action is refused "
            + "with the current status and the allowed actions. Publishes `" + TenantMovedOut.TYPE + "`. Officers and "
            + "administrators only.")
    @APIResponse(responseCode = "200", description = "Moved out", content = @Content(schema = @Schema(implementation = TenantView.class)))
    @APIResponse(responseCode = "404", description = "No such tenant in this incubator (TENANT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The tenant is not incubating (TENANT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "Moving out dated before the move-in (TENANT_DATE_BEFORE_MOVE_IN)")
    public TenantView moveOutTenant(
            @Parameter(description = "Incubator id", example = "0b6f3c52-6a0e-4d2f-9a57-2f4f3f1f8c11") @PathParam("incubatorId") UUID incubatorId,
            @Parameter(description = "Tenant id", example = "3f1e2d4c-5b6a-4789-8abc-def012345678") @PathParam("tenantId") UUID tenantId,
            @Valid @NotNull MoveOutTenantRequest request) {
        return tenants.moveOut(incubatorId, tenantId, request);
    }

    @POST
    @Path("{tenantId}/seed-fund-payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Record a seed-fund payment", description = "Records money paid to an incubating tenant from "
            + "the seed fund (种子资金). The amount is more than zero, in yuan with two decimals, as a string. Publishes `"
            + SeedFundPaid.TYPE + "`. Officers and administrators only; send an `Idempotency-Key` so that a retry "
            + "never records a payment twice.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = SeedFundPaymentView.class)))
    @APIResponse(responseCode = "404", description = "No such tenant in this incubator (TENANT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The tenant is not incubating (TENANT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "Paid before the tenant moved in (TENANT_DATE_BEFORE_MOVE_IN)")
    public Response recordSeedFundPayment(
            @Parameter(description = "Incubator id", example = "0b6f3c52-6a0e-4d2f-9a57-2f4f3f1f8c11") @PathParam("incubatorId") UUID incubatorId,
            @Parameter(description = "Tenant id", example = "3f1e2d4c-5b6a-4789-8abc-def012345678") @PathParam("tenantId") UUID tenantId,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key (1-200 visible ASCII characters) that makes retries safe; kept 48 h") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull RecordSeedFundPaymentRequest request) {
        String path = "/api/v1/incubators/" + incubatorId + "/tenants/" + tenantId + "/seed-fund-payments";
        return idempotency.create(idempotencyKey, request, () -> {
            SeedFundPaymentView view = tenants.recordSeedFundPayment(incubatorId, tenantId, request);
            // payments are read in the tenant's list of payments
            return new Created(URI.create(path), view);
        });
    }

    @GET
    @Path("{tenantId}/seed-fund-payments")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.APPLICANT })
    @Operation(summary = "List a tenant's seed-fund payments", description = "Paged, by date of payment. An applicant "
            + "sees only its own enterprise's payments; any other tenant answers 404. Sorts by `paidOn`, optionally `,asc` or `,desc` (default `paidOn`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = SeedFundPaymentPage.class)))
    @APIResponse(responseCode = "404", description = "No such incubator (INCUBATOR_NOT_FOUND), or no such tenant in it or not the caller's own (TENANT_NOT_FOUND)")
    @Extension(name = Exports.EXTENSION, value = "种子资金拨付")
    public Page<SeedFundPaymentView> listSeedFundPayments(
            @Parameter(description = "Incubator id", example = "0b6f3c52-6a0e-4d2f-9a57-2f4f3f1f8c11") @PathParam("incubatorId") UUID incubatorId,
            @Parameter(description = "Tenant id", example = "3f1e2d4c-5b6a-4789-8abc-def012345678") @PathParam("tenantId") UUID tenantId,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(PAYMENT_SORTABLE, "paidOn"),
                query -> tenants.listSeedFundPayments(incubatorId, tenantId,
                        query));
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "TenantPage", description = "One page of tenants")
    public record TenantPage(
            @Schema(description = "The tenants of this page, in the requested order") List<TenantView> items,
            @Schema(description = "Page number, starting at 0", example = "0") int page,
            @Schema(description = "Requested page size", example = "20") int size,
            @Schema(description = "Number of tenants over all pages", example = "42") long total) {
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "SeedFundPaymentPage", description = "One page of seed-fund payments")
    public record SeedFundPaymentPage(
            @Schema(description = "The payments of this page, in the requested order") List<SeedFundPaymentView> items,
            @Schema(description = "Page number, starting at 0", example = "0") int page,
            @Schema(description = "Requested page size", example = "20") int size,
            @Schema(description = "Number of payments over all pages", example = "3") long total) {
    }
}
