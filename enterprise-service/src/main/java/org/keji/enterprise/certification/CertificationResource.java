package org.keji.enterprise.certification;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.keji.enterprise.certification.dto.CertificationView;
import org.keji.enterprise.certification.dto.RecordCertificationRequest;
import org.keji.enterprise.support.RegionScope;

@Path("/api/v1/certifications")
@Tag(name = "Certifications")
@Produces(MediaType.APPLICATION_JSON)
public class CertificationResource {

    private final CertificationService certifications;
    private final ElectronicCertificates electronic;
    private final Exports exports;
    private final IdempotentRequests idempotency;

    public CertificationResource(CertificationService certifications, ElectronicCertificates electronic,
            IdempotentRequests idempotency, Exports exports) {
        this.exports = exports;
        this.certifications = certifications;
        this.electronic = electronic;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Record a certificate granted before", description = "Enters a certificate that was granted "
            + "outside this system (e.g. before it was used), so eligibility checks and statistics know it, and "
            + "publishes `keji.enterprise.certification.granted.v1` with origin IMPORTED. A certificate whose validity "
            + "has ended is recorded as EXPIRED.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = CertificationView.class)))
    @APIResponse(responseCode = "409", description = "The certificate number is already recorded for this type (CERTIFICATE_NUMBER_TAKEN)")
    @APIResponse(responseCode = "422", description = "Unknown type or unregistered holder, or a validTo other than the type's validity gives (CERTIFICATION_TYPE_UNKNOWN, ENTERPRISE_NOT_REGISTERED, VALIDITY_NOT_OF_TYPE)")
    public Response recordCertification(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull RecordCertificationRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            CertificationView view = certifications.record(request);
            return new Created(URI.create("/api/v1/certifications/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Search certificates", description = "The certificates of every enterprise, for the bureau. "
            + "Filters combine with AND; every filter and sort is backed by an index. `validOn` keeps the certificates "
            + "valid on that day (ACTIVE or UNDER_RECHECK, validFrom ≤ validOn ≤ validTo); `expiringWithinDays` keeps "
            + "those valid on `validOn` (default today) whose last day is at most that many days after it, the "
            + "certificates `GET /api/v1/certification-statistics/expiring` counts. Ties in the sort are ordered by id, "
            + "so pages never overlap. Sorts by `validTo`, `validFrom` or `createdAt`, optionally `,asc` or `,desc` (default `validTo,asc`); ties by id.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = CertificationPage.class)))
    @Extension(name = Exports.EXTENSION, value = "证书")
    public Page<CertificationView> searchCertifications(
            @Parameter(description = "Certification type code", example = "HNTE") @QueryParam("certificationType") @Size(min = 1, max = 30) String certificationType,
            @Parameter(description = "Status now: `ACTIVE` 有效, `UNDER_RECHECK` 复核中, `REVOKED` 已撤销, `EXPIRED` 已过期") @QueryParam("status") CertificationStatus status,
            @Parameter(description = "Region of the holder when certified: 2 digits for a province, 4 for a city, each with everything below it, 6 for exactly that code", example = "3501") @QueryParam("region") @Pattern(regexp = RegionScope.PATTERN) String region,
            @Parameter(description = "Unified social credit code of the holder", example = "91350100M000100Y43") @QueryParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "Valid on this day", example = "2026-06-30") @QueryParam("validOn") LocalDate validOn,
            @Parameter(description = "Valid on validOn (default today) and ending within this many days of it, 1-3650", example = "90") @QueryParam("expiringWithinDays") @Min(1) @Max(3650) Integer expiringWithinDays,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(CertificationRepository.SORTABLE.keySet(), "validTo,asc"),
                query -> certifications.search(
                        new CertificationFilter(certificationType, status, RegionScope.of(region), uscc, validOn,
                                expiringWithinDays),
                        query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.EXPERT, Roles.BANK, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a certificate", description = "An applicant sees only its own enterprise's certificates. "
            + "`missingAnnualReports` are the years whose annual report is overdue as of today. The `ETag` is the "
            + "version, for `If-Match` on an action (recheck, clear, revoke).")
    @APIResponse(responseCode = "200", description = "The certificate", headers = @Header(name = EntityVersions.ETAG, description = "The version, e.g. \"3\"", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CertificationView.class)))
    @APIResponse(responseCode = "404", description = "No such certificate, or not the applicant's own (CERTIFICATION_NOT_FOUND)")
    public Response getCertification(@Parameter(description = "Certificate id") @PathParam("id") UUID id) {
        CertificationView view = certifications.get(id);
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }

    @GET
    @Path("{id}/document")
    @Produces({ ElectronicCertificates.DOCUMENT_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Download a certificate document", description = "The electronic certificate (电子证照) as a "
            + "signed JSON document: a JWS compact serialization (RFC 7515, `header.payload.signature`, base64url) "
            + "signed RS256 with the key published at `GET /public/v1/certificate-keys` (the header's `kid`). The "
            + "payload is canonical JSON (members sorted, no whitespace, every value a string): `certificateId`, "
            + "`certificateNumber`, `certificationType`, `level`, `holderName` (as issued), `holderUscc`, `validFrom`, "
            + "`validTo`, `issuer`, `issuedAt`, `verificationCode`. The same certificate always gives the same bytes; "
            + "their SHA-256 (also the `ETag`) is what `POST /public/v1/certificate-verifications` confirms. Only the "
            + "holder's reach downloads it: its applicant, an officer of its region, an admin.")
    @APIResponse(responseCode = "200", description = "The signed document", headers = {
            @Header(name = EntityVersions.ETAG, description = "SHA-256 (hex) of the document, quoted", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Content-Disposition", description = "attachment; filename=\"certificate-<id>.jws\"", schema = @Schema(type = SchemaType.STRING)) }, content = @Content(mediaType = ElectronicCertificates.DOCUMENT_TYPE, schema = @Schema(type = SchemaType.STRING, example = "eyJhbGciOiJSUzI1NiIsImtpZCI6Ii4uLiIsInR5cCI6IkpPU0UifQ.eyJjZXJ0aWZpY2F0ZUlkIjoiLi4uIn0.c2lnbmF0dXJl")))
    @APIResponse(responseCode = "404", description = "No such certificate, or not within the caller's reach (CERTIFICATION_NOT_FOUND)")
    public Response downloadCertificateDocument(@Parameter(description = "Certificate id") @PathParam("id") UUID id) {
        ElectronicCertificates.Document document = electronic.document(id);
        return Response.ok(document.jws(), ElectronicCertificates.DOCUMENT_TYPE)
                .header(EntityVersions.ETAG, "\"" + document.sha256() + "\"")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + id + ".jws\"").build();
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "CertificationPage")
    public record CertificationPage(List<CertificationView> items, int page, int size, long total) {
    }
}
