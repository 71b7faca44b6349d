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
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += alphabet.indexOf(Launcher.SAMPLE_USCC.charAt(i)) * weights[i];
        }
        int check = 31 - sum % 31;

        assertEquals(alphabet.charAt(check == 31 ? 0 : check), Launcher.SAMPLE_USCC.charAt(17));
    }
}
