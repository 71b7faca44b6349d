package org.keji.enterprise.certification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The verification code of a certificate (电子证照核验码): HMAC-SHA-256 of the certificate's random salt under the
 * service's code secret, cut to 80 bits and written as 16 Crockford base32 characters in groups of four
 * ({@code 7K3M-Q9TX-2C4H-V8NR}). Only the salt is stored, so a reader of the database cannot produce a valid code; the
 * holder sees the code again whenever it reads its certificate.
 */
@ApplicationScoped
public class VerificationCodes {

    /** Crockford's base32: no I, L, O, U, so a code read aloud or retyped is not mistaken. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;
    private static final int SALT_BYTES = 16;
    private static final int CODE_BYTES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Checked against when no certificate has the number, so an unknown number costs what a wrong code costs. */
    private static final byte[] NO_SALT = new byte[SALT_BYTES];

    private final CertificateSigner signer;
    private final CertificateConfig config;
    private volatile SecretKeySpec secret;

    public VerificationCodes(CertificateSigner signer, CertificateConfig config) {
        this.signer = signer;
        this.config = config;
    }

    /** A fresh salt for a certificate being issued. */
    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** The code of the certificate with {@code salt}, grouped for reading. */
    public String codeOf(byte[] salt) {
        String code = encode(digest(salt));
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-"
                + code.substring(12);
    }

    /**
     * Whether {@code given} is the code of the certificate with {@code salt} (null: of no certificate, checked anyway
     * so that the time taken does not tell). Case, hyphens and spaces do not matter, nor the letters Crockford reads
     * as digits (O as 0, I and L as 1). Compared in constant time.
     */
    public boolean matches(byte[] salt, String given) {
        byte[] expected = encode(digest(salt == null ? NO_SALT : salt)).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = normalize(given).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual) && salt != null;
    }

    static String normalize(String code) {
        StringBuilder normalized = new StringBuilder(LENGTH);
        for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ' -> {
                }
                case 'O' -> normalized.append('0');
                case 'I', 'L' -> normalized.append('1');
                default -> normalized.append(c);
            }
        }
        return normalized.toString();
    }

    static String encode(byte[] bytes) {
        StringBuilder code = new StringBuilder(LENGTH);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                code.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return code.toString();
    }

    private byte[] digest(byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret());
            return Arrays.copyOf(mac.doFinal(salt), CODE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }

    private SecretKeySpec secret() {
        SecretKeySpec key = secret;
        if (key == null) {
            byte[] material = config.codeSecret().map(s -> s.getBytes(StandardCharsets.UTF_8))
                    .orElseGet(signer::derivedSecret);
            if (material.length < 32) {
                throw new IllegalStateException("keji.enterprise.certificate.code-secret needs at least 32 characters");
            }
            key = new SecretKeySpec(material, "HmacSHA256");
            secret = key;
        }
        return key;
    }
}
