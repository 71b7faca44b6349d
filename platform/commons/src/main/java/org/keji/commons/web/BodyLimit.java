package org.keji.commons.web;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keji.commons.problem.Problem;
import org.keji.commons.problem.ProblemFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request whose declared {@code Content-Length} exceeds its limit with a {@code 413 PAYLOAD_TOO_LARGE}
 * problem, before any of the body is read, and closes the connection so the unread body is never parsed. The limit is
 * {@code quarkus.http.limits.max-body-size}, and for a JSON body (read whole into memory) the smaller
 * {@code keji.http.max-json-body-size}, so a service that raises the first for streamed uploads does not buffer JSON
 * of that size. Quarkus's own check (a later route) would answer the same status without a problem body; a body sent
 * without a length (chunked) is still cut off by Quarkus at {@code max-body-size}.
 */
@ApplicationScoped
public class BodyLimit {

    /** Before Quarkus's body handling (order -2) and its own size check. */
    static final int ORDER = -10;

    private final long maxBodySize;
    private final long maxJsonBodySize;
    private final ProblemFactory problems;
    private final ObjectMapper json;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "keji.http.max-json-body-size") MemorySize maxJsonBodySize,
            ProblemFactory problems, ObjectMapper json) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxJsonBodySize = Math.min(maxJsonBodySize.asLongValue(), this.maxBodySize);
        this.problems = problems;
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        long limit = type != null && type.toLowerCase(Locale.ROOT).contains("json") ? maxJsonBodySize : maxBodySize;
        if (declaredLength(rc.request().getHeader(HttpHeaders.CONTENT_LENGTH)) <= limit) {
            rc.next();
            return;
        }
        String language = rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        List<Locale> locales = language == null ? List.of()
                : Locale.LanguageRange.parse(language).stream()
                        .map(range -> Locale.forLanguageTag(range.getRange())).toList();
        Problem problem = problems.of(413, "PAYLOAD_TOO_LARGE", ProblemFactory.localeOf(locales),
                rc.request().path(), null, limit);
        try {
            rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(json.writeValueAsString(problem))
                    .onComplete(done -> rc.request().connection().close());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long declaredLength(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
