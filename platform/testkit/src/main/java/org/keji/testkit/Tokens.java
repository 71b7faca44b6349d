package org.keji.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Mints RS256 tokens for any Keji role with a key pair of its own, kept in a folder so that every class loader (and
 * every process of the local launcher) signs and verifies with the same keys.
 */
public final class Tokens {

    public static final String ISSUER = "https://keji.local/issuer";
    public static final String AUDIENCE = "keji";

    /** The region of the test fixtures: Fuzhou. */
    public static final String FUZHOU = "350100";
    /** Read and write on every service. */
    public static final List<String> ALL_SCOPES = List.of("enterprise:read", "enterprise:write", "project:read",
            "project:write", "ip:read", "ip:write", "finance:read", "finance:write");

    private final Path publicKey;
    private final Path privateKeyFile;
    private final PrivateKey privateKey;

    private Tokens(Path publicKey, Path privateKeyFile, PrivateKey privateKey) {
        this.privateKeyFile = privateKeyFile;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** The tokens of this JVM's tests: keys under {@code java.io.tmpdir} (the module's target folder). */
    public static Tokens shared() {
        return in(Path.of(System.getProperty("java.io.tmpdir"), "keji-keys"));
    }

    /** Loads the key pair kept in {@code directory}, generating it the first time. */
    public static synchronized Tokens in(Path directory) {
        try {
            Path publicPem = directory.resolve("public-key.pem");
            Path privatePem = directory.resolve("private-key.pem");
            if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Path tmpPublic = Files.createTempFile(directory, "public", ".tmp");
                Path tmpPrivate = Files.createTempFile(directory, "private", ".tmp");
                Files.writeString(tmpPublic, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(tmpPrivate, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.move(tmpPublic, publicPem, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                Files.move(tmpPrivate, privatePem, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            String body = Files.readString(privatePem, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            return new Tokens(publicPem, privatePem, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where services find the verification key ({@code mp.jwt.verify.publickey.location}). */
    public String publicKeyLocation() {
        return publicKey.toAbsolutePath().toString();
    }

    /**
     * A second key pair beside this one, for a service that signs documents (enterprise-service's certificates): a
     * different key from the tokens', so that neither can pass for the other.
     */
    public Tokens documentSigning() {
        return in(publicKey.getParent().resolve("document-signing"));
    }

    /** The private key's PEM file (PKCS#8), for a service that signs with it. */
    public String privateKeyLocation() {
        return privateKeyFile.toAbsolutePath().toString();
    }

    public String applicant(String uscc) {
        return token("applicant-" + uscc, "applicant", Map.of("uscc", uscc));
    }

    /** An officer of Fuzhou (350100): the region of the test fixtures and the README's example. */
    public String officer() {
        return officer(FUZHOU);
    }

    /** An officer acting in {@code region} (a six-digit GB/T 2260 code: 330100 reaches 3301xx, 000000 everything). */
    public String officer(String region) {
        return token("officer-" + region, "officer", Map.of("region", region));
    }

    public String expert(String expertId) {
        return token(expertId, "expert", Map.of());
    }

    public String bank(String bankId) {
        return token("bank-" + bankId, "bank", Map.of("bank", bankId));
    }

    public String admin() {
        return token("admin-1", "admin", Map.of());
    }

    /** A government system allowed to read and write every service's data. */
    public String integration(String system) {
        return integration(system, ALL_SCOPES);
    }

    /** A government system with exactly {@code scopes} (e.g. {@code enterprise:read}; none for an empty list). */
    public String integration(String system, List<String> scopes) {
        return token(system, "integration", Map.of("scope", String.join(" ", scopes)));
    }

    /** A token for {@code subject} with one role and any extra claims, valid for one day. */
    public String token(String subject, String role, Map<String, Object> claims) {
        var builder = Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(Set.of(role))
                .expiresIn(Duration.ofDays(1));
        claims.forEach(builder::claim);
        return builder.jws().keyId("keji-local").sign(privateKey);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
