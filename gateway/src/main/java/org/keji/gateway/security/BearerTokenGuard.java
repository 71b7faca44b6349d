package org.keji.gateway.security;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.keji.gateway.GatewayConfig;
import org.keji.gateway.support.GatewayError;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Checks the bearer token of an {@code /api/v1} call (signature, issuer, audience, expiry, as configured under
 * {@code mp.jwt.verify.*}) before the call is proxied. The service checks it again and decides what the caller may do;
 * the gateway only keeps anonymous and forged calls away from the services.
 */
@ApplicationScoped
public class BearerTokenGuard {

    private static final Logger LOG = Logger.getLogger(BearerTokenGuard.class);
    private static final String BEARER = "Bearer ";

    private final JWTParser parser;
    private final int cacheSize;
    /** Token → expiry (epoch seconds) of tokens already verified. */
    private final ConcurrentHashMap<String, Long> verified = new ConcurrentHashMap<>();

    public BearerTokenGuard(JWTParser parser, GatewayConfig config) {
        this.parser = parser;
        this.cacheSize = config.security().verifiedTokenCacheSize();
    }

    /** The reason to refuse the call, or empty when the {@code Authorization} header holds a valid token. */
    public Optional<GatewayError> check(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(GatewayError.TOKEN_MISSING);
        }
        String token = authorization.substring(BEARER.length()).trim();
        long now = System.currentTimeMillis() / 1000;
        Long expiry = verified.get(token);
        if (expiry != null) {
            if (now < expiry) {
                return Optional.empty();
            }
            verified.remove(token);
        }
        try {
            JsonWebToken jwt = parser.parse(token);
            remember(token, jwt.getExpirationTime());
            return Optional.empty();
        } catch (ParseException e) {
            LOG.debugf("refused bearer token: %s", e.getMessage());
            return Optional.of(GatewayError.TOKEN_INVALID);
        }
    }

    private void remember(String token, long expiry) {
        if (cacheSize <= 0 || expiry <= 0) {
            return;
        }
        if (verified.size() >= cacheSize) {
            // crude but bounded: a full cache starts over instead of tracking recency on every hit
            verified.clear();
        }
        verified.put(token, expiry);
    }
}
