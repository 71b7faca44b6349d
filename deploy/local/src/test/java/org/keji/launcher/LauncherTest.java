package org.keji.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

class LauncherTest {

    @Test
    void shouldMintASignedTokenForEveryRoleOnThePlainLauncherClasspath(@TempDir Path keys) {
        Map<String, String> tokens = Launcher.tokens(Tokens.in(keys));

        assertEquals(6, tokens.size());
        for (var role : new String[] { "applicant", "officer", "expert", "bank", "admin", "integration" }) {
            String token = tokens.entrySet().stream().filter(e -> e.getKey().startsWith(role)).findFirst()
                    .orElseThrow().getValue();
            String[] parts = token.split("\\.");
            assertEquals(3, parts.length, role + " token is a signed JWT");
            String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            assertTrue(claims.contains("\"" + role + "\""), role + " in " + claims);
            if (role.equals("officer")) {
                assertTrue(claims.contains("\"region\":\"350100\""), "a Fuzhou officer, like the example: " + claims);
            }
            if (role.equals("integration")) {
                assertTrue(claims.contains("enterprise:read enterprise:write"), "scopes in " + claims);
            }
        }
    }

    @Test
    void shouldUseASampleUsccWithAValidCheckCharacter() {
        assertTrue(Usccs.hasValidCheckCharacter(Launcher.SAMPLE_USCC), Launcher.SAMPLE_USCC);
    }
}
