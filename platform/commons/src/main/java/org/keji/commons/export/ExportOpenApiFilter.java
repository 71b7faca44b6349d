package org.keji.commons.export;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the exports on every exportable operation (extension {@value Exports#EXTENSION}): {@code text/csv} and the
 * XLSX media type as alternative contents of its 200 response (a binary string), the {@code Content-Disposition}
 * header, a line of the description, and the 422 {@code EXPORT_TOO_LARGE}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ExportOpenApiFilter implements OASFilter {

    static final String LINE = "Also answers `Accept: text/csv` (UTF-8 with a BOM) and `Accept: " + ExportFormat.XLSX_TYPE
            + "` with every matching row as a file (of a paged list: every page, in the requested sort; Chinese column headers; "
            + "money as exact decimals; dates ISO-8601; enums by code), up to `keji.export.max-rows` rows, else 422 "
            + "EXPORT_TOO_LARGE.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                if (entry.getKey() == PathItem.HttpMethod.GET && operation.getExtensions() != null
                        && operation.getExtensions().containsKey(Exports.EXTENSION)) {
                    document(operation);
                }
            }
        }
    }

    private static void document(Operation operation) {
        String description = operation.getDescription();
        if (description == null || !description.contains(LINE)) {
            operation.setDescription(description == null || description.isBlank() ? LINE : description + "\n\n" + LINE);
        }
        if (operation.getResponses() == null) {
            return;
        }
        // the scanner copies an operation's extensions to its responses and to each response: the export is the
        // operation's alone
        operation.getResponses().removeExtension(Exports.EXTENSION);
        operation.getResponses().getAPIResponses().values().forEach(response -> response.removeExtension(Exports.EXTENSION));
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null) {
            Content content = ok.getContent() == null ? OASFactory.createContent() : ok.getContent();
            for (ExportFormat format : ExportFormat.values()) {
                content.addMediaType(format.mediaType().toString(), OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("binary")));
            }
            ok.setContent(content);
            ok.addHeader("Content-Disposition", OASFactory.createHeader()
                    .description(
                            "For CSV and XLSX: `attachment` with the file name, in Chinese as `filename*` (RFC 6266, 5987)")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        APIResponse tooLarge = operation.getResponses().getAPIResponse("422");
        String line = "More rows match than an export holds (EXPORT_TOO_LARGE)";
        if (tooLarge == null) {
            operation.getResponses().addAPIResponse("422", OASFactory.createAPIResponse().description(line));
        } else if (tooLarge.getDescription() == null || !tooLarge.getDescription().contains("EXPORT_TOO_LARGE")) {
            tooLarge.setDescription(tooLarge.getDescription() == null ? line : tooLarge.getDescription() + "; " + line);
        }
    }
}
