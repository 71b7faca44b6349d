package org.keji.ip.patent;

import java.net.URI;
import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.commons.export.Exports;
import org.keji.commons.idempotency.Created;
import org.keji.commons.idempotency.IdempotentRequests;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.identifier.ValidUscc;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.ip.patent.dto.AppendLegalEventRequest;
import org.keji.ip.patent.dto.ImportPatentsRequest;
import org.keji.ip.patent.dto.ImportPatentsResult;
import org.keji.ip.patent.dto.LegalEventView;
import org.keji.ip.patent.dto.PatentView;
import org.keji.ip.patent.dto.RegisterPatentRequest;

@Path("/api/v1/patents")
@Tag(name = "Patents", description = "Patents as CNIPA recorded them, their holders and their append-only legal-status log "
        + "(专利及法律状态)")
@Produces(MediaType.APPLICATION_JSON)
public class PatentResource {

    private static final String REGISTER_EXAMPLE = """
            {"applicationNumber":"CN 202310123456.6","title":"一种分布式数据库的数据同步方法","ipcMainClass":"G06F 16/27",\
            "ipcClasses":["H04L 67/10"],"filingDate":"2023-03-15","holders":[{"uscc":"91350100M000100Y43",\
            "name":"福州市星火科技有限公司","share":"60.00"},{"uscc":"91350100M000200Y4T","name":"福州大学科技开发公司",\
            "share":"40.00"}],"inventors":[{"name":"张伟","idNumber":"11010519491231002X"}]}""";

    private final PatentService patents;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public PatentResource(PatentService patents, IdempotentRequests idempotency, Exports exports) {
        this.patents = patents;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Register a patent", description = "Enters a patent as CNIPA recorded it (verified data: applicants "
            + "read it, never change it) and opens its legal-status log with FILED. The type follows from the "
            + "application number, stored in its canonical form. `region` defaults to the region digits (3rd–8th "
            + "characters) of the first holder's USCC, since ip-service keeps no enterprise replica; an officer "
            + "registers only within its region.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = PatentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid: the number's check character, the filing year, shares not summing to 100.00, a holder twice, an IPC class, an inventor's ID number (VALIDATION_FAILED)")
    @APIResponse(responseCode = "403", description = "An officer registering outside its region (REGION_OUT_OF_REACH)")
    @APIResponse(responseCode = "409", description = "The application number is registered already (PATENT_ALREADY_REGISTERED)")
    public Response registerPatent(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(name = "co-owned invention", value = REGISTER_EXAMPLE))) @Valid @NotNull RegisterPatentRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            PatentView view = patents.register(request);
            return new Created(URI.create("/api/v1/patents/" + view.id()), view);
        });
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Import patents", description = "Registers up to " + PatentService.IMPORT_LIMIT + " patents, each "
            + "on its own: the answer has one result per item (CREATED, ALREADY_REGISTERED or INVALID with the "
            + "violations). A bad item never blocks the good ones and nothing of it is written; a number sent twice "
            + "in one import is INVALID the second time. A replay with the same `Idempotency-Key` returns the first answer.")
    @APIResponse(responseCode = "200", description = "One result per item", content = @Content(schema = @Schema(implementation = ImportPatentsResult.class)))
    @APIResponse(responseCode = "400", description = "More than " + PatentService.IMPORT_LIMIT
            + " items (PATENT_IMPORT_TOO_LARGE), or no items (VALIDATION_FAILED)")
    public Response importPatents(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ImportPatentsRequest request) {
        return idempotency.create(idempotencyKey, request, () -> new Created(null, patents.importBatch(request), 200));
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List patents", description = "Filters combine with AND. An applicant sees the patents it holds "
            + "(alone or with others), an officer those counted in its region. `status` is the derived status as of "
            + "today (a granted patent past its term is LAPSED). Sorts by `registeredAt`, `filingDate` or "
            + "`applicationNumber`, optionally `,asc` or `,desc` (default `registeredAt,desc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = PatentPage.class)))
    @Extension(name = Exports.EXTENSION, value = "专利")
    public Page<PatentView> listPatents(
            @Parameter(description = "Held by this enterprise", example = "91350100M000100Y43") @QueryParam("holderUscc") @ValidUscc String holderUscc,
            @Parameter(description = "Patent type") @QueryParam("type") PatentType type,
            @Parameter(description = "Derived status as of today") @QueryParam("status") PatentStatus status,
            @Parameter(description = "GB/T 2260 region code or its prefix (2, 4 or 6 digits)", example = "3501") @QueryParam("region") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String region,
            @Parameter(description = "Filed in this year", example = "2023") @QueryParam("filingYear") @Min(1985) @Max(9999) Integer filingYear,
            @Parameter(description = "Granted in this year", example = "2024") @QueryParam("grantedYear") @Min(1985) @Max(9999) Integer grantedYear,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(PatentRepository.SORTABLE.keySet(), "registeredAt,desc"),
                query -> patents.search(new PatentFilter(holderUscc, type, status, region, filingYear, grantedYear),
                        query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a patent", description = "With its derived status as of today. Inventors' ID numbers are "
            + "masked unless the caller is an officer or admin. An applicant reads only patents it holds.")
    @APIResponse(responseCode = "200", description = "The patent", content = @Content(schema = @Schema(implementation = PatentView.class)))
    @APIResponse(responseCode = "404", description = "No such patent, or out of the caller's reach (PATENT_NOT_FOUND)")
    public PatentView getPatent(@Parameter(description = "Patent id") @PathParam("id") UUID id) {
        return patents.get(id);
    }

    @GET
    @Path("by-number/{applicationNumber}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a patent by its application number", description = "Any accepted form of the number: "
            + "canonical, with a `CN` or `ZL` prefix, with single spaces (URL-encoded).")
    @APIResponse(responseCode = "200", description = "The patent", content = @Content(schema = @Schema(implementation = PatentView.class)))
    @APIResponse(responseCode = "400", description = "Not a valid application number (INVALID_APPLICATION_NUMBER)")
    @APIResponse(responseCode = "404", description = "Not registered, or out of the caller's reach (PATENT_NOT_FOUND)")
    public PatentView getPatentByNumber(
            @Parameter(description = "Application number", example = "202310123456.6") @PathParam("applicationNumber") String applicationNumber) {
        return patents.getByNumber(applicationNumber);
    }

    @GET
    @Path("{id}/legal-events")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Read a patent's legal-status log", description = "Every entry in sequence order; the log is "
            + "append-only (the database refuses to change or remove an entry) and the patent's status is its fold.")
    @APIResponse(responseCode = "200", description = "The log", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LegalEventView.class)))
    @APIResponse(responseCode = "404", description = "No such patent, or out of the caller's reach (PATENT_NOT_FOUND)")
    @Extension(name = Exports.EXTENSION, value = "专利法律状态")
    public List<LegalEventView> listLegalEvents(@Parameter(description = "Patent id") @PathParam("id") UUID id) {
        return patents.legalEvents(id);
    }

    @POST
    @Path("{id}/legal-events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Append a legal-status event", description = "Appends one event after checking it is legal from "
            + "the current derived status: FILED → GRANTED, ABANDONED, TRANSFERRED; GRANTED → ANNUITY_LAPSED (with the "
            + "notice date), ABANDONED, INVALIDATION_REQUESTED / INVALIDATION_REJECTED, INVALIDATED, TRANSFERRED (with "
            + "the new holders, replacing the current ones); LAPSED for an unpaid annuity → RESTORED within 2 months of "
            + "the notice; a patent past its term allows nothing. The cached status, holders and version move in the "
            + "same transaction, with the event for enterprise-service's IP holdings written to the outbox (topic "
            + "keji.ip.v1, key = the application number): GRANTED → keji.ip.patent.granted.v2 (holders with shares); "
            + "ANNUITY_LAPSED, ABANDONED, INVALIDATED of a granted patent → keji.ip.patent.lapsed.v2 (lapsed on the "
            + "effective date: for an unpaid annuity, enter the due date of the unpaid year); RESTORED → "
            + "keji.ip.patent.restored.v1; TRANSFERRED of a granted patent → keji.ip.patent.transferred.v2. Before the "
            + "grant (an application abandoned or its right transferred) and for invalidation requests nothing is "
            + "published; the end of term is published by a daily job.")
    @APIResponse(responseCode = "201", description = "Appended", content = @Content(schema = @Schema(implementation = LegalEventView.class)))
    @APIResponse(responseCode = "400", description = "Details missing or wrong for the kind, a date before filing (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "No such patent, or out of the caller's reach (PATENT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status, with the allowed kinds (PATENT_EVENT_NOT_ALLOWED); a stale or concurrently raised version (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = "Restoration later than 2 months after the lapse notice (RESTORATION_WINDOW_CLOSED)")
    public Response appendLegalEvent(@Parameter(description = "Patent id") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull AppendLegalEventRequest request) {
        return idempotency.create(idempotencyKey, request, () -> new Created(
                URI.create("/api/v1/patents/" + id + "/legal-events"), patents.append(id, request)));
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "PatentPage")
    public record PatentPage(List<PatentView> items, int page, int size, long total) {
    }
}
