package org.keji.enterprise.registry;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import org.keji.commons.web.EntityVersions;
import org.keji.enterprise.registry.dto.EnterpriseView;
import org.keji.enterprise.registry.dto.RegisterEnterpriseRequest;
import org.keji.enterprise.registry.dto.UpdateEnterpriseRequest;

@Path("/api/v1/enterprises")
@Tag(name = "Enterprises", description = "The registry of enterprises by unified social credit code (企业库)")
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseResource {

    private final EnterpriseService enterprises;
    private final Exports exports;
    private final IdempotentRequests idempotency;

    public EnterpriseResource(EnterpriseService enterprises, IdempotentRequests idempotency, Exports exports) {
        this.exports = exports;
        this.enterprises = enterprises;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.APPLICANT })
    @Operation(summary = "Register an enterprise", description = "Enters an enterprise into the registry and publishes "
            + "`keji.enterprise.registered.v1`. An applicant may register only its own enterprise. Send an "
            + "`Idempotency-Key` so that a retry returns the first response instead of failing as a duplicate. A code "
            + "that fails only its check character (a real early pilot code) is refused unless an officer or admin "
            + "sends `checkDigitOverride` with a reason, recorded with who and when on the enterprise and in the event.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed, an applicant registering another enterprise, an officer registering outside its region, or a check-digit override sent by a role other than officer or admin (FORBIDDEN, ENTERPRISE_NOT_OWN, REGION_OUT_OF_REACH, CHECK_DIGIT_OVERRIDE_NOT_ALLOWED)")
    @APIResponse(responseCode = "409", description = "Already registered (ENTERPRISE_ALREADY_REGISTERED)")
    public Response registerEnterprise(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key (1-200 visible ASCII characters) that makes retries safe; kept 48 h") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull RegisterEnterpriseRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            EnterpriseView view = enterprises.register(request);
            return new Created(URI.create("/api/v1/enterprises/" + view.uscc()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Search the registry", description = "Filters combine with AND; every filter and sort is "
            + "backed by an index. `name` matches any part of the registered name, case-insensitive; `industry` "
            + "matches the code and everything below it (`I65` finds `I6511`); `certificationType` and "
            + "`certificationStatus` find holders of certificates, e.g. every active HNTE. Applicants read their own enterprise "
            + "by its code instead. Sorts by `uscc`, `name`, `registrationDate` or `createdAt`, optionally `,asc` or `,desc` (default `createdAt,desc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = EnterprisePage.class)))
    @Extension(name = Exports.EXTENSION, value = "企业")
    public Page<EnterpriseView> searchEnterprises(
            @Parameter(description = "Part of the registered name", example = "星火") @QueryParam("name") @Size(min = 1, max = 200) String name,
            @Parameter(description = "GB/T 2260 region code", example = "350100") @QueryParam("region") @Pattern(regexp = Enterprise.REGION_PATTERN) String region,
            @Parameter(description = "GB/T 4754-2017 industry code or its prefix", example = "I65") @QueryParam("industry") @Pattern(regexp = "[A-T]\\d{0,4}") String industry,
            @Parameter(description = "Registered on or after", example = "2015-01-01") @QueryParam("registeredFrom") LocalDate registeredFrom,
            @Parameter(description = "Registered on or before", example = "2020-12-31") @QueryParam("registeredTo") LocalDate registeredTo,
            @Parameter(description = "Holds a certificate of this type", example = "HNTE") @QueryParam("certificationType") @Size(max = 30) String certificationType,
            @Parameter(description = "Holds a certificate in this state (of the type, when given): `ACTIVE` 有效, `UNDER_RECHECK` 复核中, `REVOKED` 已撤销, `EXPIRED` 已过期", schema = @Schema(enumeration = {
                    "ACTIVE", "UNDER_RECHECK", "REVOKED",
                    "EXPIRED" })) @QueryParam("certificationStatus") @Pattern(regexp = EnterpriseFilter.CERTIFICATION_STATES) String certificationStatus,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(EnterpriseRepository.SORTABLE.keySet(), "createdAt,desc"),
                query -> enterprises.search(new EnterpriseFilter(name, region, industry, registeredFrom, registeredTo,
                        certificationType, certificationStatus),
                        query));
    }

    @GET
    @Path("{uscc}")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.APPLICANT, Roles.EXPERT, Roles.BANK })
    @Operation(summary = "Get an enterprise", description = "An applicant sees only its own enterprise; any other USCC "
            + "answers 404 as if it did not exist. The `ETag` is the version, for `If-Match` on an update.")
    @APIResponse(responseCode = "200", description = "The enterprise", headers = @Header(name = EntityVersions.ETAG, description = "The version, e.g. \"3\"", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    @APIResponse(responseCode = "404", description = "Not registered, or not the caller's own (ENTERPRISE_NOT_FOUND)")
    public Response getEnterprise(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc) {
        EnterpriseView view = enterprises.get(uscc);
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }

    @PUT
    @Path("{uscc}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Update an enterprise", description = "Replaces the registration data (name, region, industry, "
            + "registration date) and publishes `keji.enterprise.updated.v1`. The change must be based on the current "
            + "version: send it as `version` in the body (stale → 409 VERSION_CONFLICT) and, optionally, as "
            + "`If-Match` (stale → 412 PRECONDITION_FAILED).")
    @APIResponse(responseCode = "200", description = "Updated; the body carries the new version", headers = @Header(name = EntityVersions.ETAG, description = "The new version", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer moving the enterprise outside its region (FORBIDDEN, REGION_OUT_OF_REACH)")
    @APIResponse(responseCode = "404", description = "Not registered (ENTERPRISE_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The version in the body is not the current one (VERSION_CONFLICT)")
    public Response updateEnterprise(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc,
            @Parameter(in = ParameterIn.HEADER, name = EntityVersions.IF_MATCH, description = "The ETag this change is based on", example = "\"0\"") @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateEnterpriseRequest request) {
        EnterpriseView view = enterprises.update(uscc, ifMatch, request);
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "EnterprisePage")
    public record EnterprisePage(List<EnterpriseView> items, int page, int size, long total) {
    }
}
