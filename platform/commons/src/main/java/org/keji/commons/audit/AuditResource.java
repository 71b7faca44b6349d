package org.keji.commons.audit;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import org.keji.commons.export.Exports;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.commons.security.RegionReach;
import org.keji.commons.security.Roles;
import org.keji.commons.security.Scopes;

/**
 * The service's audit trail, read: one record's history, and a walk over the whole chain. The path names the service
 * so that the gateway routes {@code /api/v1/audit/<service>} to it; another name answers 404.
 */
@Path("/api/v1/audit/{service}")
@Tag(name = "Audit trail", description = "Who changed what, when and with what outcome (审计日志): an append-only, "
        + "hash-chained record of every state-changing request of this service")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** The record type whose history an officer of a region may read, by the enterprise's region. */
    static final String ENTERPRISES = "enterprises";

    private final AuditLog log;
    private final Caller caller;
    private final Exports exports;
    private final String service = Scopes.service();

    public AuditResource(AuditLog log, Caller caller, Exports exports) {
        this.log = log;
        this.caller = caller;
        this.exports = exports;
    }

    @GET
    @Path("records")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "One record's history", description = "Every state-changing request made to the record, "
            + "oldest first, refusals included. The record is named as the trail names it: `recordType` is the "
            + "collection of its path (`enterprises`, `certification-applications`, `violations`, …), `recordId` its "
            + "path parameters joined by `/` (`91350100M000100Y43`, `91350100M000100Y43/2024` for a year's figures). "
            + "An admin reads any record; an officer the `enterprises` records of its region, and every record when its "
            + "region is the whole country (`000000`): other records cannot be placed in a region generically, so they "
            + "answer 404 to a regional officer.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = AuditEntryPage.class)))
    @APIResponse(responseCode = "404", description = "A record outside the officer's reach (AUDIT_RECORD_NOT_FOUND)")
    @Extension(name = Exports.EXTENSION, value = "审计日志")
    public Page<AuditEntry> recordHistory(
            @Parameter(hidden = true) @PathParam("service") String service,
            @Parameter(description = "The record's collection", example = "enterprises") @QueryParam("recordType") @NotBlank @Size(max = 100) String recordType,
            @Parameter(description = "The record's path parameters joined by `/`", example = "91350100M000100Y43") @QueryParam("recordId") @NotBlank @Size(max = 300) String recordId,
            @BeanParam PageParams paging) {
        requireService(service);
        if (!caller.is(Roles.ADMIN) && !officerReaches(recordType, recordId)) {
            throw new NotFoundException("AUDIT_RECORD_NOT_FOUND", recordType, recordId);
        }
        return exports.pages(paging.query(Set.of("seq"), "seq,asc"), query -> log.history(recordType, recordId, query));
    }

    @GET
    @Path("verification")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Verify the chain", description = "Walks the whole chain in one snapshot, in batches, "
            + "recomputing every link's hash and the hash of the entry it names, and answers whether it is intact or "
            + "the first broken link: its position, its entry and what is wrong there (a changed entry or link, a "
            + "missing one, a link to a changed or replaced one); then names an entry whose transaction ended long ago "
            + "but that is in no link. Entries are linked by a background job about a second after their commit. Its "
            + "cost grows with the trail: call it for an inspection, not on a request path.")
    @APIResponse(responseCode = "200", description = "The result, intact or not", content = @Content(schema = @Schema(implementation = ChainVerification.class)))
    public ChainVerification verifyChain(
            @Parameter(hidden = true) @PathParam("service") String service) {
        requireService(service);
        return log.verify();
    }

    private void requireService(String name) {
        if (!service.equals(name)) {
            throw new NotFoundException("AUDIT_SERVICE_NOT_FOUND", name);
        }
    }

    private boolean officerReaches(String recordType, String recordId) {
        RegionReach regions = caller.officerRegions().orElse(null);
        if (regions == null) {
            return false;
        }
        if (regions.everywhere()) {
            return true;
        }
        return ENTERPRISES.equals(recordType) && caller.reaches(recordId);
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "AuditEntryPage")
    public record AuditEntryPage(List<AuditEntry> items, int page, int size, long total) {
    }
}
