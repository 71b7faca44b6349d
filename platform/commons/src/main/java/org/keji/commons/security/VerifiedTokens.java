package org.keji.commons.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The bearer-token parser of every service: verifies a token (signature, issuer, audience, expiry) with smallrye-jwt
 * the first time it is seen and keeps the verified token, keyed by its exact text, so that the next requests carrying
 * it skip the RSA verification and the claim parsing, which took about half of the CPU of a warm read by id. A kept
 * token is never used after its {@code exp}, nor longer than {@code keji.security.verified-tokens.max-age} (so a
 * rotated key takes effect within that time); a token that fails verification is never kept, so it fails every time.
 * At most {@code keji.security.verified-tokens.max-entries} tokens are kept (0 keeps none): when full, expired ones are
 * dropped first, then all.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private final JWTParser verifier;
    private final int maxEntries;
    private final long maxAgeMillis;
    private final LongSupplier clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier,
            @ConfigProperty(name = "keji.security.verified-tokens.max-entries", defaultValue = "1000") int maxEntries,
            @ConfigProperty(name = "keji.security.verified-tokens.max-age", defaultValue = "5m") Duration maxAge) {
        this(verifier, maxEntries, maxAge, System::currentTimeMillis);
    }

    VerifiedTokens(JWTParser verifier, int maxEntries, Duration maxAge, LongSupplier clock) {
        this.verifier = verifier;
        this.maxEntries = maxEntries;
        this.maxAgeMillis = maxAge.toMillis();
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.getAsLong();
        Verified kept = verified.get(token);
        if (kept != null) {
            if (now < kept.usableUntil()) {
                return kept.token();
            }
            verified.remove(token, kept);
        }
        JsonWebToken fresh = verifier.parse(token);
        keep(token, fresh, now);
        return fresh;
    }

    /** How many verified tokens are kept now. */
    int size() {
        return verified.size();
    }

    private void keep(String token, JsonWebToken fresh, long now) {
        long expiresAt = fresh.getExpirationTime() * 1000;
        if (maxEntries <= 0 || expiresAt <= now) {
            return;
        }
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(entry -> entry.usableUntil() <= now);
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(fresh, Math.min(expiresAt, now + maxAgeMillis)));
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }

    private record Verified(JsonWebToken token, long usableUntil) {
    }
}
