package org.keji.gateway.support;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.gateway.GatewayConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.Future;
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

    /** How much of an unwanted body is read and dropped before the connection is closed regardless. */
    static final long LINGER_BYTES = 16L * 1024 * 1024;
    /** How long the rest of an unwanted body is waited for. */
    static final long LINGER_MILLIS = 2_000;

    private static final List<String> LANGUAGES = List.of("zh", "en");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectMapper mapper;
    private final Map<String, ResourceBundle> bundles;
    private final String retryAfterSeconds;

    public Problems(ObjectMapper mapper, GatewayConfig config) {
        this.mapper = mapper;
        this.retryAfterSeconds = Long.toString(Math.max(1, config.upstream().retryAfter().toSeconds()));
        // without the no-fallback control a JVM running in an English locale would answer Chinese callers in English
        this.bundles = Map.of(
                "zh", ResourceBundle.getBundle("messages.problems", Locale.SIMPLIFIED_CHINESE, NO_FALLBACK),
                "en", ResourceBundle.getBundle("messages.problems", Locale.ENGLISH, NO_FALLBACK));
    }

    /**
     * Answers with the problem. A request body that was not read yet is not passed anywhere: the answer says
     * {@code Connection: close}, the rest of the body is read and dropped (a bounded "lingering close", so that the
     * client, still busy sending, gets to read the answer instead of a connection reset), and the connection is then
     * closed. A body announced far beyond {@link #LINGER_BYTES} is not waited for.
     */
    public void send(RoutingContext rc, GatewayError error, Object... detailArguments) {
        HttpServerRequest request = rc.request();
        HttpServerResponse response = rc.response();
        if (response.ended() || response.closed()) {
            return;
        }
        LingeringClose linger = null;
        if (!request.isEnded() && hasBody(request) && request.version() != HttpVersion.HTTP_2) {
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            linger = new LingeringClose(rc);
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
        if (error.retryLater()) {
            response.putHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        Future<Void> written = response.end(Buffer.buffer(body.toString()));
        if (linger != null) {
            linger.start(written);
        }
    }

    /**
     * Drops the unread rest of a request body, then closes the connection once both the answer is written and the
     * body has ended, or after {@link #LINGER_MILLIS}, or when more than {@link #LINGER_BYTES} arrive.
     */
    private static final class LingeringClose {

        private final RoutingContext rc;
        private final HttpServerRequest request;
        private long drained;
        private boolean bodyEnded;
        private boolean answerWritten;
        private boolean closed;
        private long timer = -1;

        LingeringClose(RoutingContext rc) {
            this.rc = rc;
            this.request = rc.request();
        }

        void start(Future<Void> written) {
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && parseOrMax(length) > LINGER_BYTES) {
                written.onComplete(ignored -> close());
                return;
            }
            timer = rc.vertx().setTimer(LINGER_MILLIS, ignored -> close());
            request.handler(chunk -> {
                drained += chunk.length();
                if (drained > LINGER_BYTES) {
                    close();
                }
            });
            request.exceptionHandler(ignored -> close());
            request.endHandler(ignored -> {
                bodyEnded = true;
                closeWhenDone();
            });
            written.onComplete(ignored -> {
                answerWritten = true;
                closeWhenDone();
            });
            request.resume();
        }

        private void closeWhenDone() {
            if (bodyEnded && answerWritten) {
                close();
            }
        }

        private void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (timer >= 0) {
                rc.vertx().cancelTimer(timer);
            }
            request.connection().close();
        }

        private static long parseOrMax(String length) {
            try {
                return Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }
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
