package org.keji.commons.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class VerifiedTokensInServiceTest {

    @Inject
    JWTParser parser;

    @Test
    void shouldBeTheParserThatAuthenticatesBearerTokens() throws ParseException {
        String officer = Tokens.shared().officer();
        assertSame(parser.parse(officer), parser.parse(officer));
    }

    @Test
    void shouldStillRefuseATamperedCopyOfAKeptToken() {
        String officer = Tokens.shared().officer();
        given().auth().oauth2(officer).get("/api/v1/widgets/w-1").then().statusCode(404);
        String[] parts = officer.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(tampered).get("/api/v1/widgets/w-1").then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2(officer).get("/api/v1/widgets/w-1").then().statusCode(404);
    }
}
