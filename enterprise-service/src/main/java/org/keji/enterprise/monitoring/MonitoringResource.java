package org.keji.enterprise.monitoring;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.keji.enterprise.monitoring.dto.MonitoredCertificationView;
import org.keji.enterprise.monitoring.dto.MonitoringRefreshView;

@Path("/api/v1/monitoring")
@Tag(name = "Monitoring", description = "The monitoring list of certified enterprises (监测名单): hard conditions no longer met, annual reports overdue")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

    private static final Set<String> SORTABLE = MonitoringFindingRepository.SORTABLE.keySet();

    private final MonitoringService monitoring;
    private final Exports exports;
    private final MonitoringJob job;

    public MonitoringResource(MonitoringService monitoring, MonitoringJob job, Exports exports) {
        this.exports = exports;
        this.monitoring = monitoring;
        this.job = job;
    }

    @GET
    @Path("certifications")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "List certificates under monitoring", description = "Certified (ACTIVE or UNDER_RECHECK) "
            + "certificates whose holder's latest yearly figures fail a hard condition — a THRESHOLD rule of the rule "
            + "set in force for the type, the holder's region and the year after the figures (missing data is not a "
            + "finding) — or whose annual report is overdue, with the failed conditions and the missing years. The "
            + "findings are kept, not evaluated per request: they change with the enterprise's figures and annual "
            + "reports, and a daily job (or `POST /api/v1/monitoring/refresh`) picks up new rules and reports falling "
            + "due. Paged; filter by holder, type, region (the holder's, exact GB/T 2260 code) and kind of finding. "
            + "Officers and administrators only. Sorts by `uscc` or `refreshedAt`, optionally `,asc` or `,desc` (default `uscc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = MonitoredCertificationPage.class)))
    @Extension(name = Exports.EXTENSION, value = "证书监测")
    public Page<MonitoredCertificationView> listMonitoredCertifications(
            @Parameter(description = "Only this holder (unified social credit code)", example = "91350100M000100Y43") @QueryParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "Certification type code", example = "HNTE") @QueryParam("certificationType") @Size(max = 30) String certificationType,
            @Parameter(description = "Holder's region, GB/T 2260 six-digit code", example = "350100") @QueryParam("region") @Pattern(regexp = "^\\d{6}$") String region,
            @Parameter(description = "Only this kind of finding") @QueryParam("findingKind") FindingKind findingKind,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(SORTABLE, "uscc"),
                query -> monitoring.list(new MonitoringFilter(uscc, certificationType, region, findingKind),
                        query));
    }

    @POST
    @Path("refresh")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Refresh the monitoring findings", description = "With `uscc`: re-evaluates that enterprise's "
            + "certificates now and answers 200 with the counts. Without: starts a full refresh of every certified "
            + "certificate in the background, in bounded batches, and answers 202 at once; the list shows the results "
            + "as the batches commit (a refresh already running, here or on another replica, is not started twice). "
            + "Administrators only.")
    @APIResponse(responseCode = "200", description = "The enterprise was refreshed", content = @Content(schema = @Schema(implementation = MonitoringRefreshView.class)))
    @APIResponse(responseCode = "202", description = "A full refresh was started", content = @Content(schema = @Schema(implementation = MonitoringRefreshView.class)))
    public Response refreshMonitoring(
            @Parameter(description = "Refresh only this enterprise (unified social credit code)", example = "91350100M000100Y43") @QueryParam("uscc") @ValidUscc String uscc) {
        if (uscc != null) {
            MonitoringService.Refreshed refreshed = monitoring.refreshEnterprise(uscc);
            return Response.ok(MonitoringRefreshView.ofEnterprise(uscc, refreshed.certifications(),
                    refreshed.flagged())).build();
        }
        job.refreshAllInBackground();
        return Response.accepted(MonitoringRefreshView.ofAll()).build();
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "MonitoredCertificationPage", description = "One page of the monitoring list")
    public record MonitoredCertificationPage(
            @Schema(description = "The certificates of this page, in the requested order") List<MonitoredCertificationView> items,
            @Schema(description = "Page number, starting at 0", example = "0") int page,
            @Schema(description = "Requested page size", example = "20") int size,
            @Schema(description = "Number of certificates over all pages", example = "12") long total) {
    }
}
