package org.keji.enterprise.material.dto;

import java.time.LocalDate;

import org.keji.enterprise.material.MaterialKind;

/**
 * What an upload asks for, once its content is staged: the metadata and the content's hash. It is what an
 * {@code Idempotency-Key} is bound to, since the body itself is streamed and cannot be hashed again.
 */
public record MaterialUpload(
        MaterialKind kind,
        String title,
        String issuer,
        LocalDate validUntil,
        String fileName,
        String sha256) {
}
