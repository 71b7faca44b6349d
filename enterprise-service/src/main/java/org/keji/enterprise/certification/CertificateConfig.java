package org.keji.enterprise.certification;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Settings of the electronic certificates (电子证照); set in {@code application.properties}, section
 * {@code ## Electronic certificates}.
 */
@ConfigMapping(prefix = "keji.enterprise.certificate")
public interface CertificateConfig {

    /**
     * The RSA private key (PKCS#8) that signs certificate documents: the PEM text itself, or the path of a PEM file.
     * Its public half is published at {@code /public/v1/certificate-keys}.
     */
    String signingKey();

    /**
     * The secret verification codes are derived from (at least 32 characters). Without it the codes are derived from
     * the signing key, so rotating that key would change every code printed: set it in production.
     */
    Optional<String> codeSecret();

    /** The issuing authority named in every certificate document (发证机关). */
    String issuer();
}
