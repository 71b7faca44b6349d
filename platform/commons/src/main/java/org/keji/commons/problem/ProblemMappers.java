package org.keji.commons.problem;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.keji.commons.web.InvalidParameterException;
import org.keji.commons.web.StorableText;
import org.keji.commons.web.UnstorableTextException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure of a REST call into {@code application/problem+json}: never a stack trace, never a 500 for bad
 * input.
 */
public class ProblemMappers {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK_DETECTED = "40P01";
    /** NUL in text, and a {@code \\u0000} escape in jsonb: text PostgreSQL cannot store. */
    private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";
    private static final String UNTRANSLATABLE_CHARACTER = "22P05";
    /** What a client is told to wait before retrying while the database is away, in seconds. */
    static final String DATABASE_RETRY_AFTER_SECONDS = "2";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ProblemFactory problems;
    private final ObjectMapper json;

    @Inject
    public ProblemMappers(ProblemFactory problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return respond(problems.of(e, locale(headers), path(uri)));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> kinds(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (returnValue) {
            return unexpected(e, headers, uri);
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v.getPropertyPath()), v.getMessage(), rejected(v)))
                .sorted(Comparator.comparing(Problem.Violation::field)).toList();
        return respond(problems.of(400, "VALIDATION_FAILED", locale(headers), path(uri), violations));
    }

    @ServerExceptionMapper({ MismatchedInputException.class, JsonMappingException.class })
    public Response unreadableField(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        return malformed(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return malformed(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, HttpHeaders headers, UriInfo uri) {
        return respond(problems.of(400, "VALIDATION_FAILED", locale(headers), path(uri),
                List.of(new Problem.Violation(e.parameter(), "must be " + e.expected(), e.rejectedValue()))));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException cause) {
            return malformed(cause, headers, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        String code = switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> "HTTP_" + status;
        };
        Response.ResponseBuilder response = builder(problems.of(status, code, locale(headers), path(uri), null));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return builder(problems.of(401, "UNAUTHENTICATED", locale(headers), path(uri), null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(problems.of(403, "FORBIDDEN", locale(headers), path(uri), null));
    }

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return respond(problems.of(409, "VERSION_CONFLICT", locale(headers), path(uri), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        return failure(e, locale(headers), path(uri));
    }

    /**
     * The answer to a failure no other mapper knows, also when it happens at the commit of a request's transaction
     * after the operation returned (the audit trail commits there): a unique-value race is 409, the database away 503
     * with {@code Retry-After}, anything else 500.
     */
    public Response failure(Throwable e, Locale locale, String path) {
        // a race the services' own checks cannot see (two requests inserting the same unique value at once, two
        // transactions deadlocking) is the client's to retry, not a server error
        String sqlState = sqlState(e);
        if (UNIQUE_VIOLATION.equals(sqlState)) {
            return respond(problems.of(409, "ALREADY_EXISTS", locale, path, null));
        }
        if (SERIALIZATION_FAILURE.equals(sqlState) || DEADLOCK_DETECTED.equals(sqlState)) {
            return respond(problems.of(409, "CONCURRENT_UPDATE", locale, path, null));
        }
        // the database is away (restarting, unreachable, the pool got no connection in time), also at the commit:
        // the client retries the same request with the same Idempotency-Key a little later (a commit that did happen is
        // then replayed, never repeated)
        if (DatabaseFailures.unavailable(e)) {
            LOG.warnf("database unavailable for %s: %s", path, rootMessage(e));
            return builder(problems.of(503, "DATABASE_UNAVAILABLE", locale, path, null))
                    .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS).build();
        }
        // the request filter and the JSON module refuse such text by field first; this is the net for any path they
        // cannot see (e.g. a NUL escaped inside a free JSON document)
        if (CHARACTER_NOT_IN_REPERTOIRE.equals(sqlState) || UNTRANSLATABLE_CHARACTER.equals(sqlState)) {
            LOG.warnf("text the database cannot store reached %s: %s", path, e.getMessage());
            return respond(problems.of(400, "VALIDATION_FAILED", locale, path, null));
        }
        LOG.errorf(e, "unexpected failure of %s", path);
        return respond(problems.of(500, "INTERNAL_ERROR", locale, path, null));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    /** The SQLState of the first SQL exception in the cause chain, if any. */
    /** The first SQLState in the causes, also through suppressed exceptions: a failed commit carries its as one. */
    private static String sqlState(Throwable e) {
        return sqlState(e, 0);
    }

    private static String sqlState(Throwable e, int depth) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            for (Throwable suppressed : depth < 3 ? cause.getSuppressed() : new Throwable[0]) {
                String state = sqlState(suppressed, depth + 1);
                if (state != null) {
                    return state;
                }
            }
        }
        return null;
    }

    private Response malformed(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof UnstorableTextException unstorable) {
            return respond(problems.of(400, "VALIDATION_FAILED", locale(headers), path(uri), List.of(
                    new Problem.Violation(jsonPath(unstorable.getPath()), "must be " + StorableText.EXPECTED, null))));
        }
        List<Problem.Violation> violations = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            violations = List.of(new Problem.Violation(jsonPath(mapping.getPath()),
                    problems.detail("MALFORMED_FIELD", locale(headers)), null));
        }
        return respond(problems.of(400, "MALFORMED_REQUEST", locale(headers), path(uri), violations));
    }

    private Response respond(Problem problem) {
        return builder(problem).build();
    }

    private Response.ResponseBuilder builder(Problem problem) {
        try {
            // serialized here so the body is the same whatever writers the service registers for +json types
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Locale locale(HttpHeaders headers) {
        return ProblemFactory.localeOf(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static List<ElementKind> kinds(Path path) {
        List<ElementKind> kinds = new ArrayList<>();
        path.forEach(node -> kinds.add(node.getKind()));
        return kinds;
    }

    /** {@code register.request.figures[2].year} → {@code figures[2].year}; a query parameter keeps its name. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getName() == null) {
                        break;
                    }
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    } else if (node.getKey() != null) {
                        field.append('[').append(node.getKey()).append(']');
                    }
                }
                default -> {
                }
            }
        }
        return field.isEmpty() ? (parameter == null ? path.toString() : parameter) : field.toString();
    }

    private static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String rejected(ConstraintViolation<?> violation) {
        Object value = violation.getInvalidValue();
        if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Enum<?>) {
            String text = value == null ? null : value.toString();
            return text != null && text.length() > 200 ? text.substring(0, 200) : text;
        }
        return null;
    }
}
