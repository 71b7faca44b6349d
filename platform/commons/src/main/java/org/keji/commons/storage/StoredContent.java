package org.keji.commons.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * A received body spooled to a temporary file, with its SHA-256 (the object key) and size, computed while it was
 * written. Only one buffer of the body is in memory at a time. Close it to remove the file.
 */
public record StoredContent(Path path, String sha256, long size) implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    /** Spools into the JVM's temporary folder; see {@link #spool(InputStream, long, Path)}. */
    public static StoredContent spool(InputStream body, long maxSize) {
        return spool(body, maxSize, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Reads the body into a new file in {@code folder}, failing with {@link ContentTooLargeException} as soon as
     * more than {@code maxSize} bytes arrived (the rest is not read, the file is removed). The caller closes
     * {@code body}.
     */
    public static StoredContent spool(InputStream body, long maxSize, Path folder) {
        Path file;
        try {
            Files.createDirectories(folder);
            file = Files.createTempFile(folder, "keji-upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MessageDigest digest = ObjectKeys.sha256();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                size += read;
                if (size > maxSize) {
                    throw new ContentTooLargeException(maxSize);
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file, e);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
        return new StoredContent(file, ObjectKeys.hex(digest.digest()), size);
    }

    /** Removes the temporary file. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file, Exception cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
