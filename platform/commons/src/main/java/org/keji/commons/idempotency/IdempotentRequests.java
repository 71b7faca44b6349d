package org.keji.commons.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.security.Caller;
import org.keji.commons.web.MatchedRoute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.agroal.api.AgroalDataSource;

/**
 * {@code Idempotency-Key} for creating POSTs. The key is claimed, the resource created and the response stored in one
 * transaction: a retry with the same key and body gets the first response again (status, body, Location), a retry with
 * another body gets 422, and of two concurrent requests with one key the second waits for the first and replays it.
 * Keys are scoped to the caller, so two clients cannot collide.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private static final String CLAIM = """
            INSERT INTO idempotency_record (principal, idempotency_key, operation, request_hash)
            VALUES (?, ?, ?, ?) ON CONFLICT (principal, idempotency_key) DO NOTHING""";
    private static final String FIND = """
            SELECT operation, request_hash, status, location, body FROM idempotency_record
            WHERE principal = ? AND idempotency_key = ?""";
    private static final String COMPLETE = """
            UPDATE idempotency_record SET status = ?, location = ?, body = ?
            WHERE principal = ? AND idempotency_key = ?""";

    private final AgroalDataSource dataSource;
    private final Caller caller;
    private final ResourceInfo resource;
    private final UriInfo uri;
    private final ObjectMapper json;
    private final ObjectMapper canonical;

    public IdempotentRequests(AgroalDataSource dataSource, Caller caller, ResourceInfo resource, UriInfo uri,
            ObjectMapper json) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.resource = resource;
        this.uri = uri;
        this.json = json;
        this.canonical = json.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    /**
     * Runs {@code create} once per key and answers its status (201, or 200 for {@link Created#existing}) with its result;
     * without a key it simply runs it. A key is bound
     * to the route the request matched, with its path parameters ({@link MatchedRoute}), e.g.
     * {@code POST /api/v1/incubators/0b6f…/tenants}: the same key and body sent to another route is refused.
     */
    @Transactional
    public Response create(String key, Object request, Supplier<Created> create) {
        if (key == null) {
            return respond(create.get());
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw InvalidRequestException.field("IDEMPOTENCY_KEY_INVALID", HEADER, "1-200 visible ASCII characters",
                    null);
        }
        String hash = hash(request);
        String operation = MatchedRoute.of(resource, uri);
        try (Connection connection = dataSource.getConnection()) {
            if (claim(connection, key, operation, hash)) {
                Created created = create.get();
                String body = write(created.body());
                try (PreparedStatement complete = connection.prepareStatement(COMPLETE)) {
                    complete.setInt(1, created.status());
                    complete.setString(2, created.location() == null ? null : created.location().toString());
                    complete.setString(3, body);
                    complete.setString(4, caller.name());
                    complete.setString(5, key);
                    complete.executeUpdate();
                }
                return respond(created.location(), body, created.status(), false);
            }
            return replay(connection, key, operation, hash);
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency record failed", e);
        }
    }

    private boolean claim(Connection connection, String key, String operation, String hash) throws SQLException {
        // blocks while another transaction holds the same key, then reports the conflict
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, caller.name());
            claim.setString(2, key);
            claim.setString(3, operation);
            claim.setString(4, hash);
            return claim.executeUpdate() == 1;
        }
    }

    private Response replay(Connection connection, String key, String operation, String hash) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, caller.name());
            find.setString(2, key);
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next()) {
                    // the holder rolled back between our insert and this read: let the client retry
                    throw new ConflictException("IDEMPOTENCY_KEY_IN_USE", key);
                }
                if (!operation.equals(rs.getString(1)) || !hash.equals(rs.getString(2))) {
                    throw new BusinessRuleException("IDEMPOTENCY_KEY_REUSED", key);
                }
                String location = rs.getString(4);
                return respond(location == null ? null : java.net.URI.create(location), rs.getString(5),
                        rs.getInt(3), true);
            }
        }
    }

    private Response respond(Created created) {
        return respond(created.location(), write(created.body()), created.status(), false);
    }

    private static Response respond(java.net.URI location, String body, int status, boolean replayed) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body);
        if (location != null) {
            // relative on purpose: behind the gateway the service's own host name means nothing to the client
            response.header(jakarta.ws.rs.core.HttpHeaders.LOCATION, location.toString());
        }
        if (replayed) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hash(Object request) {
        try {
            byte[] canonicalJson = canonical.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalJson));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
