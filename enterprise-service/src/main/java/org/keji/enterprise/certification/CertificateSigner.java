package org.keji.enterprise.certification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signs certificate documents as JWS compact serializations (RFC 7515) with RS256 under the service's key. RSASSA-PKCS1
 * v1.5 is deterministic: the same payload signed with the same key gives the same bytes, so a document downloaded
 * twice is byte-identical and its SHA-256 can be confirmed without storing it. The key is read on first use.
 */
@ApplicationScoped
public class CertificateSigner {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final CertificateConfig config;
    private volatile Key key;

    private record Key(RSAPrivateCrtKey privateKey, String keyId, String n, String e) {
    }

    public CertificateSigner(CertificateConfig config) {
        this.config = config;
    }

    /** {@code header.payload.signature}, each part base64url; the header names the key ({@code kid}). */
    public String sign(byte[] payload) {
        Key k = key();
        String header = "{\"alg\":\"RS256\",\"kid\":\"" + k.keyId() + "\",\"typ\":\"JOSE\"}";
        String signingInput = BASE64URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + BASE64URL.encodeToString(payload);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(k.privateKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a certificate document", e);
        }
    }

    /** The public key as a JWK Set (RFC 7517), for anyone to check a document's signature offline. */
    public Map<String, Object> keySet() {
        Key k = key();
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("kid", k.keyId());
        jwk.put("n", k.n());
        jwk.put("e", k.e());
        return Map.of("keys", List.of(jwk));
    }

    /** Secret material derived from the private key, for verification codes when no code secret is configured. */
    byte[] derivedSecret() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("keji certificate verification codes".getBytes(StandardCharsets.US_ASCII));
            return digest.digest(key().privateKey().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Key key() {
        Key k = key;
        if (k == null) {
            k = load(config.signingKey());
            key = k;
        }
        return k;
    }

    private static Key load(String configured) {
        try {
            String pem = configured.strip().startsWith("-----BEGIN") ? configured
                    : Files.readString(Path.of(configured.strip()), StandardCharsets.US_ASCII);
            byte[] der = Base64.getDecoder()
                    .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(der));
            String n = BASE64URL.encodeToString(unsigned(privateKey.getModulus()));
            String e = BASE64URL.encodeToString(unsigned(privateKey.getPublicExponent()));
            // RFC 7638 thumbprint: SHA-256 of the required members in lexical order, no whitespace
            String thumbprintInput = "{\"e\":\"" + e + "\",\"kty\":\"RSA\",\"n\":\"" + n + "\"}";
            String keyId = BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(thumbprintInput.getBytes(StandardCharsets.US_ASCII)));
            return new Key(privateKey, keyId, n, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read keji.enterprise.certificate.signing-key", e);
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalStateException("keji.enterprise.certificate.signing-key is not an RSA PKCS#8 key", e);
        }
    }

    /** The big-endian bytes without the sign byte Java adds (JWK wants unsigned integers). */
    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 && bytes.length > 1 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
