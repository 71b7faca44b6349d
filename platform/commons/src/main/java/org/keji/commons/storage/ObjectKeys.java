package org.keji.commons.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The keys of the object store: lowercase hex SHA-256 of the content. */
public final class ObjectKeys {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private ObjectKeys() {
    }

    /** Refuses anything but 64 lowercase hex digits, so a key never names a path or an object outside the store. */
    public static String checked(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("An object key is the lowercase hex SHA-256 of the content: " + key);
        }
        return key;
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** The key and size of a file's content, read once. */
    public static Digest of(Path file) {
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                size += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Digest(hex(digest.digest()), size);
    }

    /** Refuses content whose hash or size is not the one the caller claims. */
    public static void verify(String key, long size, Digest actual) {
        if (!actual.sha256().equals(key) || actual.size() != size) {
            throw new IllegalArgumentException("The content (SHA-256 " + actual.sha256() + ", " + actual.size()
                    + " bytes) is not the object " + key + " of " + size + " bytes");
        }
    }

    public record Digest(String sha256, long size) {
    }
}
