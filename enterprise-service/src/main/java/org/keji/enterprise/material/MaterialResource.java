package org.keji.enterprise.material;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.keji.commons.export.Exports;
import org.keji.commons.idempotency.Created;
import org.keji.commons.idempotency.IdempotentRequests;
import org.keji.commons.identifier.ValidUscc;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.security.Roles;
import org.keji.commons.storage.StoredContent;
import org.keji.commons.web.ContentDisposition;
import org.keji.enterprise.material.dto.MaterialUpload;
import org.keji.enterprise.material.dto.MaterialView;

@Path("/api/v1/enterprises/{uscc}/materials")
@Tag(name = "Materials", description = "An enterprise's document wallet (申报材料): uploaded once, stored by content hash, "
        + "referenced by id from any later case of the enterprise (最多跑一次)")
@Produces(MediaType.APPLICATION_JSON)
public class MaterialResource {

    private static final String UPLOAD_DESCRIPTION = """
            Streams the document to a temporary file while hashing it (SHA-256), decides its type by its bytes (PDF, \
            OFD, JPEG, PNG, DOCX, XLSX, or a ZIP holding only these) and stores it once by hash. **The same bytes \
            uploaded again for the same enterprise answer 200 with the existing material**: no second row, no second \
            object, no event; the same bytes for another enterprise get a material of their own over the one stored \
            object. A new material publishes `keji.enterprise.material-registered.v1`. Size limit \
            `keji.storage.max-size` (20 MB by default). An `Idempotency-Key` is bound to the metadata and the \
            content's hash, so a retry with the same key and another file is refused (422).

            Two forms: `multipart/form-data` with the parts `file` (its file name is kept), `kind`, `title`, `issuer`, \
            `validUntil`; or the document itself as the body, of any content type (the bytes decide), with the \
            metadata as query parameters and the file name from `?fileName=` or else the `Content-Disposition` header \
            (`filename*=UTF-8''…` or `filename="…"`).""";

    private final MaterialService materials;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public MaterialResource(MaterialService materials, IdempotentRequests idempotency, Exports exports) {
        this.materials = materials;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Upload a material", description = UPLOAD_DESCRIPTION)
    // the responses are documented once, on the raw form below: both methods are one operation in OpenAPI
    public Response uploadMaterialForm(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Schema(type = SchemaType.STRING, format = "binary", description = "The document; its name is the file name kept") @RestForm("file") @PartType(MediaType.APPLICATION_OCTET_STREAM) @NotNull FileUpload file,
            @Schema(required = true) @RestForm("kind") @NotNull MaterialKind kind,
            @Schema(description = "Title; the file name when absent", example = "2025年度财务审计报告") @RestForm("title") @Size(max = 200) String title,
            @Schema(description = "Who issued the document", example = "福建华兴会计师事务所") @RestForm("issuer") @Size(max = 200) String issuer,
            @Schema(description = "Last day the document is valid", example = "2026-12-31") @RestForm("validUntil") LocalDate validUntil) {
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return upload(uscc, idempotencyKey, in, fileName(file.fileName()), kind, title, issuer, validUntil);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Upload a material", description = UPLOAD_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Uploaded", content = @Content(schema = @Schema(implementation = MaterialView.class)))
    @APIResponse(responseCode = "200", description = "The same content is already a material of this enterprise: that material", content = @Content(schema = @Schema(implementation = MaterialView.class)))
    @APIResponse(responseCode = "404", description = "No such enterprise, or not the applicant's own (ENTERPRISE_NOT_FOUND)")
    @APIResponse(responseCode = "413", description = "Larger than the limit (MATERIAL_TOO_LARGE)")
    @APIResponse(responseCode = "415", description = "The bytes are not an allowed type (MATERIAL_TYPE_NOT_ALLOWED), or the file name's extension names another type (MATERIAL_EXTENSION_MISMATCH)")
    @APIResponse(responseCode = "409", description = "The same bytes were being registered for this enterprise by another upload at that moment (MATERIAL_UPLOADED_CONCURRENTLY): nothing stored twice; send it again to be answered the material")
    public Response uploadMaterial(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Parameter(description = "Raw body only: the file name; else the Content-Disposition header's", example = "2025年度审计报告.pdf") @QueryParam("fileName") @Size(max = 255) String fileName,
            @Parameter(description = "Raw body only: `attachment; filename*=UTF-8''…` naming the file when `fileName` is absent") @HeaderParam("Content-Disposition") String contentDisposition,
            @Parameter(description = "Raw body only, and required there: the kind") @QueryParam("kind") @NotNull MaterialKind kind,
            @Parameter(description = "Raw body only: the title; the file name when absent", example = "2025年度财务审计报告") @QueryParam("title") @Size(max = 200) String title,
            @Parameter(description = "Raw body only: who issued the document", example = "福建华兴会计师事务所") @QueryParam("issuer") @Size(max = 200) String issuer,
            @Parameter(description = "Raw body only: the last day the document is valid", example = "2026-12-31") @QueryParam("validUntil") LocalDate validUntil,
            InputStream body) {
        String name = fileName != null && !fileName.isBlank() ? fileName
                : ContentDisposition.fileName(contentDisposition).orElse(null);
        return upload(uscc, idempotencyKey, body, fileName(name), kind, title, issuer, validUntil);
    }

    private Response upload(String uscc, String idempotencyKey, InputStream body, String fileName, MaterialKind kind,
            String title, String issuer, LocalDate validUntil) {
        try (StoredContent content = materials.stage(uscc, body)) {
            MaterialUpload upload = new MaterialUpload(kind, title, issuer, validUntil, fileName, content.sha256());
            return idempotency.create(idempotencyKey, upload, () -> {
                MaterialService.Registered registered = materials.register(uscc, upload, content);
                URI location = URI.create("/api/v1/enterprises/" + uscc + "/materials/" + registered.material().id());
                return registered.created() ? new Created(location, registered.material())
                        : Created.existing(location, registered.material());
            });
        }
    }

    /** The file name kept: its last path segment, 1-255 characters, no control characters. */
    private static String fileName(String name) {
        String last = name == null ? ""
                : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (last.isEmpty() || last.length() > 255 || last.chars().anyMatch(Character::isISOControl)) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "fileName",
                    "1-255 characters without control characters, from ?fileName=, Content-Disposition or the form part",
                    name);
        }
        return last;
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EXPERT })
    @Operation(summary = "List an enterprise's materials", description = "Newest first by default; sort by `createdAt` or "
            + "`validUntil`. `expired=true` lists those whose validity ended before today (Asia/Shanghai), `false` the others.")
    @APIResponse(responseCode = "200", description = "One page of materials", content = @Content(schema = @Schema(implementation = MaterialPage.class)))
    @APIResponse(responseCode = "404", description = "No such enterprise, or not the applicant's own (ENTERPRISE_NOT_FOUND)")
    @Extension(name = Exports.EXTENSION, value = "申报材料")
    public Page<MaterialView> listMaterials(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "Only this kind") @QueryParam("kind") MaterialKind kind,
            @Parameter(description = "Only expired (true) or only still valid (false) materials") @QueryParam("expired") Boolean expired,
            @Valid @BeanParam PageParams paging) {
        return exports.pages(paging.query(MaterialService.SORTABLE, "createdAt,desc"),
                query -> materials.list(uscc, kind, expired, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EXPERT })
    @Operation(summary = "Get a material's metadata")
    @APIResponse(responseCode = "200", description = "The material", content = @Content(schema = @Schema(implementation = MaterialView.class)))
    @APIResponse(responseCode = "404", description = "No such material of this enterprise, or not the applicant's own (MATERIAL_NOT_FOUND)")
    public MaterialView getMaterial(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "Material id") @PathParam("id") UUID id) {
        return materials.get(uscc, id);
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EXPERT })
    @Operation(summary = "Download a material", description = "Streams the document with its media type. `ETag` is the "
            + "content's SHA-256 (it never changes): `If-None-Match` with it answers 304 with no body. "
            + "`Content-Disposition` names the file per RFC 6266: an ASCII `filename` fallback and the exact "
            + "(Chinese) name as `filename*=UTF-8''…` (RFC 5987).")
    @APIResponse(responseCode = "200", description = "The document", headers = {
            @Header(name = HttpHeaders.ETAG, description = "\"<sha256>\"", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Content-Disposition", description = "attachment; filename=\"…\"; filename*=UTF-8''…", schema = @Schema(type = SchemaType.STRING)) }, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag is the content's")
    @APIResponse(responseCode = "404", description = "No such material of this enterprise, or not the applicant's own (MATERIAL_NOT_FOUND)")
    public Response downloadMaterial(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "Material id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag already held") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        MaterialService.Content content = materials.content(uscc, id);
        EntityTag tag = new EntityTag(content.material().sha256());
        if (ifNoneMatch != null && (ifNoneMatch.strip().equals("*") || ifNoneMatch.contains(tag.toString()))) {
            return Response.notModified(tag).build();
        }
        return Response.ok(content.open().get(), content.material().contentType()).tag(tag)
                .header("Content-Disposition", ContentDisposition.attachment(content.material().fileName()))
                .header(HttpHeaders.CONTENT_LENGTH, content.material().size()).build();
    }

    @Schema(name = "MaterialPage", description = "One page of an enterprise's materials")
    public record MaterialPage(
            @Schema(description = "The materials of this page, in the requested order") List<MaterialView> items,
            @Schema(description = "Page number, starting at 0", example = "0") int page,
            @Schema(description = "Requested page size", example = "20") int size,
            @Schema(description = "Number of materials over all pages", example = "3") long total) {
    }
}
