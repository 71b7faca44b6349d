package org.keji.commons.export;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.keji.commons.web.ContentDisposition;

/**
 * Answers {@code Accept: text/csv} and the XLSX media type on every exportable operation (see {@link Exports}):
 * <ol>
 * <li>before matching, such a {@code GET} is marked as an export and matched as the JSON operation it is;</li>
 * <li>after matching, an operation that is not exportable answers 406 {@code NOT_ACCEPTABLE}, as before;</li>
 * <li>the operation's 200 answer is replaced by the streamed file with {@code Content-Disposition: attachment}; an
 * error stays a problem.</li>
 * </ol>
 */
public class ExportFilters {

    private static final Map<Method, Optional<String>> FILE_NAMES = new ConcurrentHashMap<>();

    private final Exports exports;
    private final ExportWriter writer;

    public ExportFilters(Exports exports, ExportWriter writer) {
        this.exports = exports;
        this.writer = writer;
    }

    @ServerRequestFilter(preMatching = true)
    public void negotiate(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        ExportFormat format = ExportFormat.preferred(request.getAcceptableMediaTypes());
        if (format != null) {
            exports.requested(format);
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }

    @ServerRequestFilter
    public void requireExportable(ResourceInfo resource) {
        if (exports.format() != null && fileName(resource.getResourceMethod()) == null) {
            throw new NotAcceptableException();
        }
    }

    @ServerResponseFilter
    public void export(ContainerResponseContext response, ResourceInfo resource) {
        String fileName = fileName(resource.getResourceMethod());
        if (fileName == null) {
            return;
        }
        // one URL, a JSON page or a file by Accept: a cache must keep them apart
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        ExportFormat format = exports.format();
        if (format == null || response.getStatus() != 200 || response.getEntity() == null) {
            return;
        }
        response.setEntity(writer.output(format, fileName, response.getEntity(), response.getEntityType(), exports),
                null, format.contentType());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment(fileName + "." + format.extension()));
        response.getHeaders().remove(HttpHeaders.ETAG);
    }

    /**
     * The file name an exportable operation declares in its {@value Exports#EXTENSION} extension, else null; read once
     * per resource method (every GET's answer asks).
     */
    static String fileName(Method method) {
        return method == null ? null : FILE_NAMES.computeIfAbsent(method, ExportFilters::declaredFileName).orElse(null);
    }

    private static Optional<String> declaredFileName(Method method) {
        for (Extension extension : method.getAnnotationsByType(Extension.class)) {
            if (Exports.EXTENSION.equals(extension.name()) && !extension.value().isBlank()) {
                return Optional.of(extension.value());
            }
        }
        return Optional.empty();
    }
}
