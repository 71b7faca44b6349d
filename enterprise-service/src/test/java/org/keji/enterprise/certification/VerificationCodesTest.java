package org.keji.enterprise.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The verification code's alphabet, length and reading rules, without a service. */
class VerificationCodesTest {

    private static final CertificateConfig CONFIG = new CertificateConfig() {
        @Override
        public String signingKey() {
            throw new AssertionError("the code secret is configured, the signing key is not needed");
        }

        @Override
        public Optional<String> codeSecret() {
            return Optional.of("a code secret of at least thirty-two characters");
        }

        @Override
        public String issuer() {
            return "科学技术局";
        }
    };

    private final VerificationCodes codes = new VerificationCodes(new CertificateSigner(CONFIG), CONFIG);

    @Test
    void shouldWriteEightyBitsAsSixteenCrockfordCharacters() {
        // 0x00…, then all ones: 5-bit groups map to the first and the last character of the alphabet
        assertEquals("0000000000000000", VerificationCodes.encode(new byte[10]));
        byte[] ones = new byte[10];
        java.util.Arrays.fill(ones, (byte) 0xff);
        assertEquals("ZZZZZZZZZZZZZZZZ", VerificationCodes.encode(ones));
        assertEquals(32, VerificationCodes.ALPHABET.length());
        assertFalse(VerificationCodes.ALPHABET.matches(".*[ILOU].*"));
    }

    @Test
    void shouldGiveEveryCertificateItsOwnCodeThatOnlyItMatches() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            byte[] salt = VerificationCodes.newSalt();
            String code = codes.codeOf(salt);
            assertTrue(code.matches(ElectronicCertificateTest.CODE), code);
            assertTrue(seen.add(code), "codes repeat: " + code);
            assertTrue(codes.matches(salt, code));
            assertFalse(codes.matches(VerificationCodes.newSalt(), code));
        }
    }

    @Test
    void shouldReadCaseHyphensSpacesAndLookAlikeLettersAsTheCode() {
        byte[] salt = VerificationCodes.newSalt();
        String code = codes.codeOf(salt);
        assertTrue(codes.matches(salt, code.toLowerCase()));
        assertTrue(codes.matches(salt, code.replace("-", " ")));
        assertTrue(codes.matches(salt, code.replace("-", "").replace('0', 'O').replace('1', 'I')));
        assertFalse(codes.matches(salt, code.substring(0, 18)));
        assertFalse(codes.matches(null, code), "no certificate matches no code");
        assertNotEquals(codes.codeOf(salt), new VerificationCodes(new CertificateSigner(CONFIG), new CertificateConfig() {
            @Override
            public String signingKey() {
                return CONFIG.signingKey();
            }

            @Override
            public Optional<String> codeSecret() {
                return Optional.of("another code secret of at least thirty-two characters");
            }

            @Override
            public String issuer() {
                return CONFIG.issuer();
            }
        }).codeOf(salt), "the code depends on the secret: the salt alone does not give it");
    }
}
