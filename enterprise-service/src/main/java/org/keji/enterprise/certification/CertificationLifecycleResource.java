package org.keji.enterprise.certification;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.keji.commons.event.enterprise.AnnualReportSubmitted;
import org.keji.commons.event.enterprise.CertificationExpired;
import org.keji.commons.event.enterprise.CertificationRecheckCleared;
import org.keji.commons.event.enterprise.CertificationRecheckStarted;
import org.keji.commons.event.enterprise.CertificationRevoked;
import org.keji.commons.event.enterprise.ChangeReported;
import org.keji.commons.export.Exports;
import org.keji.commons.idempotency.Created;
import org.keji.commons.idempotency.IdempotentRequests;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.commons.web.EntityVersions;
import org.keji.enterprise.certification.dto.AnnualReportRequest;
import org.keji.enterprise.certification.dto.AnnualReportView;
import org.keji.enterprise.certification.dto.CertificationView;
import org.keji.enterprise.certification.dto.ChangeReportRequest;
import org.keji.enterprise.certification.dto.ChangeReportView;
import org.keji.enterprise.certification.dto.ClearRecheckRequest;
import org.keji.enterprise.certification.dto.RevokeCertificationRequest;
import org.keji.enterprise.certification.dto.StartRecheckRequest;

/** A certificate's life after the grant: annual reports, major changes, re-check and revocation. */
@Path("/api/v1/certifications/{id}")
@Tag(name = "Certifications")
@Produces(MediaType.APPLICATION_JSON)
public class CertificationLifecycleResource {

    private static final Set<String> CHANGE_REPORT_SORTABLE = Set.of("occurredOn", "reportedAt");

    private final CertificationLifecycleService lifecycle;
    private final Exports exports;
    private final IdempotentRequests idempotency;

    public CertificationLifecycleResource(CertificationLifecycleService lifecycle, IdempotentRequests idempotency,
            Exports exports) {
        this.exports = exports;
        this.lifecycle = lifecycle;
        this.idempotency = idempotency;
    }

    @POST
    @Path("annual-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "File an annual report", description = "Files the annual report (年度发展情况报表, 高新技术企业认定管理办法 "
            + "第十七条) on one year, for types that require one. The report on year Y is due by 31 May of Y+1; a "
            + "certificate reports on the year of its validFrom and on every later year whose report falls due within "
            + "its validity (e.g. valid 2025-12-01 to 2028-11-30: 2025, 2026, 2027), once the year is over. Nothing is "
            + "asked again: the report is made of the yearly figures of Y the bureau already holds, frozen as filed; "
            + "without them the request is refused with FIGURES_MISSING — report them first with "
            + "`PUT /api/v1/enterprises/{uscc}/figures/{year}`. Filed after 31 May of Y+1 (Asia/Shanghai) it is marked "
            + "`late`. One report per certificate and year. Publishes `" + AnnualReportSubmitted.TYPE + "`. An "
            + "applicant files only for its own enterprise; send an `Idempotency-Key` so that a retry is safe.")
    @APIResponse(responseCode = "201", description = "Filed", content = @Content(schema = @Schema(implementation = AnnualReportView.class)))
    @APIResponse(responseCode = "404", description = "No such certificate, or not the applicant's own (CERTIFICATION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The year is already reported (ANNUAL_REPORT_EXISTS), or the certificate is revoked or expired (CERTIFICATION_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "The type has no annual reports (ANNUAL_REPORT_NOT_REQUIRED), the certificate does not report on that year (ANNUAL_REPORT_YEAR_NOT_COVERED), the year is not over (ANNUAL_REPORT_YEAR_NOT_ENDED), or the bureau holds no figures of that year (FIGURES_MISSING)")
    public Response fileAnnualReport(
            @Parameter(description = "Certificate id", example = "5d0c7a4e-1b2f-4c3d-8e9f-0a1b2c3d4e5f") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key (1-200 visible ASCII characters) that makes retries safe; kept 48 h") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull AnnualReportRequest request) {
        String path = "/api/v1/certifications/" + id + "/annual-reports";
        return idempotency.create(idempotencyKey, request,
                () -> new Created(URI.create(path), lifecycle.fileAnnualReport(id, request)));
    }

    @GET
    @Path("annual-reports")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List a certificate's annual reports", description = "Every annual report filed, by year (at "
            + "most one per year of validity). The years still missing are in the certificate's "
            + "`missingAnnualReports`. An applicant sees only its own enterprise's.")
    @APIResponse(responseCode = "200", description = "The reports", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AnnualReportView.class)))
    @APIResponse(responseCode = "404", description = "No such certificate, or not the applicant's own (CERTIFICATION_NOT_FOUND)")
    @Extension(name = Exports.EXTENSION, value = "年度报告")
    public List<AnnualReportView> listAnnualReports(
            @Parameter(description = "Certificate id", example = "5d0c7a4e-1b2f-4c3d-8e9f-0a1b2c3d4e5f") @PathParam("id") UUID id) {
        return lifecycle.annualReports(id);
    }

    @POST
    @Path("change-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Report a major change", description = "Records a major change of the holder (重大变化: name, "
            + "region, ownership, merger or split, main business), due within three months of the change "
            + "(高新技术企业认定管理办法 第十八条): `dueOn` is occurredOn plus three months (the month's last day when that "
            + "day does not exist), and a report after it is marked `late` — an unreported change is a ground for "
            + "revocation. Only while the certificate is active or under re-check. Publishes `" + ChangeReported.TYPE
            + "`. An applicant reports only for its own enterprise; send an `Idempotency-Key` so that a retry is safe.")
    @APIResponse(responseCode = "201", description = "Reported", content = @Content(schema = @Schema(implementation = ChangeReportView.class)))
    @APIResponse(responseCode = "404", description = "No such certificate, or not the applicant's own (CERTIFICATION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The certificate is revoked or expired (CERTIFICATION_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public Response reportChange(
            @Parameter(description = "Certificate id", example = "5d0c7a4e-1b2f-4c3d-8e9f-0a1b2c3d4e5f") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key (1-200 visible ASCII characters) that makes retries safe; kept 48 h") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ChangeReportRequest request) {
        String path = "/api/v1/certifications/" + id + "/change-reports";
        return idempotency.create(idempotencyKey, request,
                () -> new Created(URI.create(path), lifecycle.reportChange(id, request)));
    }

    @GET
    @Path("change-reports")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List a certificate's change reports", description = "Paged, by the date of the change (latest "
            + "first by default) or by the time reported. An applicant sees only its own enterprise's. Sorts by `occurredOn` or `reportedAt`, optionally `,asc` or `,desc` (default `occurredOn,desc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = ChangeReportPage.class)))
    @APIResponse(responseCode = "404", description = "No such certificate, or not the applicant's own (CERTIFICATION_NOT_FOUND)")
    @Extension(name = Exports.EXTENSION, value = "变更报告")
    public Page<ChangeReportView> listChangeReports(
            @Parameter(description = "Certificate id", example = "5d0c7a4e-1b2f-4c3d-8e9f-0a1b2c3d4e5f") @PathParam("id") UUID id,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(CHANGE_REPORT_SORTABLE, "occurredOn,desc"), query -> lifecycle.changeReports(id,
                query));
    }

    @POST
    @Path("recheck")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Start a re-check", description = "An active certificate whose holder may no longer meet the "
            + "conditions goes under re-check (复核, 高新技术企业认定管理办法 第十六条): ACTIVE → UNDER_RECHECK. A certificate "
            + "under re-check does not expire until the re-check is cleared or ends in revocation. Based on the current "
            + "version: `version` in the body (stale → 409 VERSION_CONFLICT) and/or `If-Match` (stale → 412). Publishes `"
            + CertificationRecheckStarted.TYPE + "`. Officers and administrators only.")
    @APIResponse(responseCode = "200", description = "Under re-check", headers = @Header(name = EntityVersions.ETAG, description = "The new version", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CertificationView.class)))
    @APIResponse(responseCode = "404", description = "No such certificate (CERTIFICATION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not active (CERTIFICATION_ILLEGAL_TRANSITION, with currentState and allowedActions), or a stale version (VERSION_CONFLICT)")
    public Response startRecheck(
            @Parameter(description = "Certificate id", example = "5d0c7a4e-1b2f-4c3d-8e9f-0a1b2c3d4e5f") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = EntityVersions.IF_MATCH, description = "The ETag this action is based on", example = "\"0\"") @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @Valid @NotNull StartRecheckRequest request) {
        return withETag(lifecycle.startRecheck(id, ifMatch, request));
    }

    @POST
    @Path("clear")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Clear a re-check", description = "The re-check found the holder still meets the conditions "
            + "(复核通过): UNDER_RECHECK → ACTIVE, or EXPIRED when the validity ended during the re-check (then `"
            + CertificationExpired.TYPE + "` follows). Based on the current version: `version` in the body (stale → 409 "
            + "VERSION_CONFLICT) and/or `If-Match` (stale → 412); the body may be left out when If-Match is sent. "
            + "Publishes `" + CertificationRecheckCleared.TYPE + "`. Officers and administrators only.")
    @APIResponse(responseCode = "200", description = "Cleared", headers = @Header(name = EntityVersions.ETAG, description = "The new version", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CertificationView.class)))
    @APIResponse(responseCode = "404", description = "No such certificate (CERTIFICATION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not under re-check (CERTIFICATION_ILLEGAL_TRANSITION, with currentState and allowedActions), or a stale version (VERSION_CONFLICT)")
    public Response clearRecheck(
            @Parameter(description = "Certificate id", example = "5d0c7a4e-1b2f-4c3d-8e9f-0a1b2c3d4e5f") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = EntityVersions.IF_MATCH, description = "The ETag this action is based on", example = "\"1\"") @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @Valid ClearRecheckRequest request) {
        return withETag(lifecycle.clearRecheck(id, ifMatch, request));
    }

    @POST
    @Path("revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Revoke a certificate", description = "Ends a re-check with revocation (撤销资格, "
            + "高新技术企业认定管理办法 第十九条): UNDER_RECHECK → REVOKED, with the ground, the reasoning and the first year "
            + "whose tax benefits are clawed back (追缴), which lies within the validity years. The ground "
            + "MISSING_ANNUAL_REPORTS (累计两年未填报) needs at least two missing annual reports, MAJOR_INCIDENT a major "
            + "safety, quality or environment violation of the holder recorded during the validity, UNREPORTED_CHANGE a "
            + "change report of the certificate filed after its three months (第十八条); FRAUD rests on the officer's "
            + "reasoning. Based on the current "
            + "version: `version` in the body (stale → 409 VERSION_CONFLICT) and/or `If-Match` (stale → 412). Publishes `"
            + CertificationRevoked.TYPE + "`. Officers and administrators only.")
    @APIResponse(responseCode = "200", description = "Revoked", headers = @Header(name = EntityVersions.ETAG, description = "The new version", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CertificationView.class)))
    @APIResponse(responseCode = "404", description = "No such certificate (CERTIFICATION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not under re-check (CERTIFICATION_ILLEGAL_TRANSITION, with currentState and allowedActions), or a stale version (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = "The ground is not backed by the records held: MISSING_ANNUAL_REPORTS with fewer than two missing annual reports (REVOCATION_GROUND_NOT_MET), MAJOR_INCIDENT without a major incident recorded during the validity (REVOCATION_INCIDENT_NOT_RECORDED), UNREPORTED_CHANGE without a change reported late (REVOCATION_CHANGE_NOT_LATE)")
    public Response revokeCertification(
            @Parameter(description = "Certificate id", example = "5d0c7a4e-1b2f-4c3d-8e9f-0a1b2c3d4e5f") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = EntityVersions.IF_MATCH, description = "The ETag this action is based on", example = "\"1\"") @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @Valid @NotNull RevokeCertificationRequest request) {
        return withETag(lifecycle.revoke(id, ifMatch, request));
    }

    private static Response withETag(CertificationView view) {
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "ChangeReportPage", description = "One page of change reports")
    public record ChangeReportPage(
            @Schema(description = "The reports of this page, in the requested order") List<ChangeReportView> items,
            @Schema(description = "Page number, starting at 0", example = "0") int page,
            @Schema(description = "Requested page size", example = "20") int size,
            @Schema(description = "Number of reports over all pages", example = "2") long total) {
    }
}
