package org.keji.enterprise.ipholding;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.commons.event.ip.IpClass;
import org.keji.commons.export.Exports;
import org.keji.commons.identifier.ValidUscc;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.enterprise.ipholding.dto.IpHoldingSummary;
import org.keji.enterprise.ipholding.dto.IpHoldingView;

@Path("/api/v1/enterprises/{uscc}/ip-holdings")
@Tag(name = "IP holdings", description = "Patents each enterprise holds (企业知识产权), kept from ip-service's events; "
        + "read-only. Certification scoring counts Class I and Class II items from them.")
@Produces(MediaType.APPLICATION_JSON)
public class IpHoldingResource {

    private static final Set<String> SORTABLE = Set.of("grantedOn", "applicationNumber");

    private final IpHoldingService holdings;
    private final Exports exports;

    public IpHoldingResource(IpHoldingService holdings, Exports exports) {
        this.exports = exports;
        this.holdings = holdings;
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EXPERT, Roles.APPLICANT })
    @Operation(summary = "List an enterprise's IP holdings", description = "The patents the enterprise holds now, alone or "
            + "with co-holders, or held until they lapsed, paged, optionally filtered by status and IP class; newest grant "
            + "first by default. Each item shows the enterprise's share and every holder with its share. A patent "
            + "transferred away is listed under its new holders only. An applicant sees only its own enterprise; "
            + "any other USCC answers 404 as if it did not exist. An enterprise without holdings has an empty page. Sorts by `grantedOn` or `applicationNumber`, optionally `,asc` or `,desc` (default `grantedOn,desc`); ties by application number.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = IpHoldingPage.class)))
    @APIResponse(responseCode = "404", description = "Not the applicant's own enterprise (ENTERPRISE_NOT_FOUND)")
    @Extension(name = Exports.EXTENSION, value = "知识产权")
    public Page<IpHoldingView> listIpHoldings(
            @Parameter(description = "Unified social credit code of the holder", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "Only holdings in this status") @QueryParam("status") IpHoldingStatus status,
            @Parameter(description = "Only holdings of this IP class") @QueryParam("ipClass") IpClass ipClass,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(SORTABLE, "grantedOn,desc"), query -> holdings.list(uscc, status, ipClass, query));
    }

    @GET
    @Path("summary")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EXPERT, Roles.APPLICANT })
    @Operation(summary = "Count an enterprise's Class I and Class II patents", description = "The patents held on "
            + "`asOf` (default today, Beijing time), by IP class, as certification scoring counts them: held since that "
            + "day or before (grant, or transfer to this holder) and not lapsed on or before it. A co-owned patent counts "
            + "in full for each co-holder; a patent restored after a lapse for an unpaid annuity counts as never lapsed. Inventions, incl. PCT "
            + "inventions entering China, are Class I; utility models and designs Class II. An applicant sees only its "
            + "own enterprise; any other USCC answers 404.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = IpHoldingSummary.class)))
    @APIResponse(responseCode = "404", description = "Not the applicant's own enterprise (ENTERPRISE_NOT_FOUND)")
    @Extension(name = Exports.EXTENSION, value = "知识产权汇总")
    public IpHoldingSummary summarizeIpHoldings(
            @Parameter(description = "Unified social credit code of the holder", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "The day to count, ISO date; default today (Asia/Shanghai)", example = "2026-03-31") @QueryParam("asOf") LocalDate asOf) {
        return holdings.summarize(uscc, asOf);
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "IpHoldingPage")
    public record IpHoldingPage(List<IpHoldingView> items, int page, int size, long total) {
    }
}
