package org.keji.enterprise.material.interim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.keji.commons.problem.ProblemException;

/**
 * TEMPORARY, see the package comment: an upload copied to a temporary file while its SHA-256 and size are computed, in
 * 64 KB steps, never held whole in memory. Past {@code maxSize} the copy stops and {@code 413 MATERIAL_TOO_LARGE} is
 * thrown. Close it to delete the file.
 */
public record StagedContent(Path file, String sha256, long size) implements AutoCloseable {

    public static StagedContent of(InputStream in, long maxSize) {
        Path file = null;
        try {
            file = Files.createTempFile("keji-upload-", ".bin");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                byte[] buffer = new byte[65_536];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    if (size > maxSize) {
                        throw new ProblemException(413, "MATERIAL_TOO_LARGE", maxSize);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new StagedContent(file, HexFormat.of().formatHex(digest.digest()), size);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            delete(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover temp file is harmless; it lives under java.io.tmpdir
            }
        }
    }
}
