package org.keji.gateway.support;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/** Writes the gateway's own errors as RFC 9457 problem details, in Chinese unless the caller prefers English. */
@ApplicationScoped
public class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";

    private static final List<String> LANGUAGES = List.of("zh", "en");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectMapper mapper;
    private final Map<String, ResourceBundle> bundles;

    public Problems(ObjectMapper mapper) {
        this.mapper = mapper;
        // without the no-fallback control a JVM running in an English locale would answer Chinese callers in English
        this.bundles = Map.of(
                "zh", ResourceBundle.getBundle("messages.problems", Locale.SIMPLIFIED_CHINESE, NO_FALLBACK),
                "en", ResourceBundle.getBundle("messages.problems", Locale.ENGLISH, NO_FALLBACK));
    }

    /**
     * Answers with the problem. A request body that was not read yet is not read at all: the connection is closed
     * after the answer instead, so that an unwanted (possibly huge) upload costs nothing.
     */
    public void send(RoutingContext rc, GatewayError error, Object... detailArguments) {
        HttpServerRequest request = rc.request();
        HttpServerResponse response = rc.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (!request.isEnded() && hasBody(request) && request.version() != HttpVersion.HTTP_2) {
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            response.endHandler(ignored -> request.connection().close());
        } else {
            request.resume();
        }
        String language = language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ResourceBundle messages = bundles.get(language);
        ObjectNode body = mapper.createObjectNode()
                .put("type", error.type())
                .put("title", messages.getString(error.name() + ".title"))
                .put("status", error.status())
                .put("detail", new MessageFormat(messages.getString(error.name() + ".detail"), messages.getLocale())
                        .format(detailArguments))
                .put("instance", request.path())
                .put("code", error.code())
                .put("requestId", RequestIds.of(rc));
        response.setStatusCode(error.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, "zh".equals(language) ? "zh-CN" : "en")
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        response.end(Buffer.buffer(body.toString()));
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null ? !length.trim().equals("0") : request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    static String language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "zh";
        }
        try {
            String match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return match != null ? match : "zh";
        } catch (IllegalArgumentException malformed) {
            return "zh";
        }
    }
}
