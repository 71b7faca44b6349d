package org.keji.commons.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.keji.testkit.Tokens;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;

class VerifiedTokensTest {

    private static final Tokens TOKENS = Tokens.shared();

    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(System.currentTimeMillis());

    @Test
    void shouldVerifyATokenOnceAndAnswerItsRepeatsWithTheVerifiedToken() throws ParseException {
        VerifiedTokens tokens = tokens(1000, Duration.ofMinutes(5));
        String officer = TOKENS.officer();

        JsonWebToken first = tokens.parse(officer);
        JsonWebToken again = tokens.parse(officer);

        assertEquals("officer-350100", first.getName());
        assertSame(first, again);
        assertEquals(1, verifications.get());
    }

    @Test
    void shouldVerifyATokenAgainOnceItsKeptTimeIsOver() throws ParseException {
        VerifiedTokens tokens = tokens(1000, Duration.ofMinutes(5));
        String officer = TOKENS.officer();
        tokens.parse(officer);

        now.addAndGet(Duration.ofMinutes(5).toMillis());
        tokens.parse(officer);

        assertEquals(2, verifications.get());
    }

    @Test
    void shouldNeverAnswerFromWhatItKeptAfterTheTokensExpiry() throws ParseException {
        VerifiedTokens tokens = tokens(1000, Duration.ofDays(30));
        String officer = TOKENS.officer();
        long expiresAt = tokens.parse(officer).getExpirationTime() * 1000;

        now.set(expiresAt - 1);
        tokens.parse(officer);
        assertEquals(1, verifications.get());
        now.set(expiresAt);
        tokens.parse(officer);
        assertEquals(2, verifications.get());
    }

    @Test
    void shouldRefuseAForgedTokenEveryTimeAndKeepNothingOfIt() {
        VerifiedTokens tokens = tokens(1000, Duration.ofMinutes(5));
        String officer = TOKENS.officer();
        String forged = officer.substring(0, officer.lastIndexOf('.') + 1) + "AAAA" + officer.substring(
                officer.lastIndexOf('.') + 5);

        assertThrows(ParseException.class, () -> tokens.parse(forged));
        assertThrows(ParseException.class, () -> tokens.parse(forged));

        assertEquals(2, verifications.get());
        assertEquals(0, tokens.size());
    }

    @Test
    void shouldKeepNoMoreTokensThanItsBound() throws ParseException {
        VerifiedTokens tokens = tokens(3, Duration.ofMinutes(5));
        for (int i = 0; i < 10; i++) {
            tokens.parse(TOKENS.token("user-" + i, Roles.OFFICER, Map.of("region", "350100")));
            assertTrue(tokens.size() <= 3, "kept " + tokens.size());
        }
    }

    @Test
    void shouldVerifyEveryTimeWhenItMayKeepNone() throws ParseException {
        VerifiedTokens tokens = tokens(0, Duration.ofMinutes(5));
        String officer = TOKENS.officer();
        tokens.parse(officer);
        tokens.parse(officer);

        assertEquals(2, verifications.get());
        assertEquals(0, tokens.size());
    }

    private VerifiedTokens tokens(int maxEntries, Duration maxAge) {
        JWTAuthContextInfo context = new JWTAuthContextInfo(TOKENS.publicKeyLocation(), Tokens.ISSUER);
        context.setExpectedAudience(Set.of(Tokens.AUDIENCE));
        DefaultJWTParser verifier = new DefaultJWTParser(context) {
            @Override
            public JsonWebToken parse(String token) throws ParseException {
                verifications.incrementAndGet();
                return super.parse(token);
            }
        };
        return new VerifiedTokens(verifier, maxEntries, maxAge, now::get);
    }
}
