package org.keji.commons.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.NoSuchElementException;

/**
 * Objects as files under a root folder, fanned out by the first two byte pairs of the key ({@code ab/cd/abcd…}) so no
 * folder grows too large. A put writes a temporary file in the object's folder, checks its hash, and links it to its
 * name atomically: a reader sees the whole object or none, and of two concurrent puts of the same content one
 * stores it and the other finds it there.
 */
public final class FilesystemObjectStore implements ObjectStore {

    private final Path root;

    public FilesystemObjectStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public boolean putIfAbsent(String key, Path file, long size, String contentType) {
        Path target = pathOf(key);
        if (Files.exists(target)) {
            ObjectKeys.verify(key, size, ObjectKeys.of(file));
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".put-", ".tmp");
            try {
                ObjectKeys.verify(key, size, copy(file, temp));
                return publish(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.exists(pathOf(key));
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(pathOf(key));
        } catch (NoSuchFileException e) {
            throw new NoSuchElementException("No object " + key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String kind() {
        return "filesystem";
    }

    @Override
    public boolean ready() {
        try {
            Files.createDirectories(root);
            return Files.isWritable(root);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "filesystem at " + root;
    }

    Path pathOf(String key) {
        ObjectKeys.checked(key);
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    private static ObjectKeys.Digest copy(Path file, Path temp) throws IOException {
        MessageDigest digest = ObjectKeys.sha256();
        long size;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
            size = Files.copy(file, out);
        }
        return new ObjectKeys.Digest(ObjectKeys.hex(digest.digest()), size);
    }

    /**
     * A hard link fails when the name exists, so exactly one of concurrent puts answers "newly stored"; where the file
     * system has no hard links, an atomic rename (which replaces an equal object) does the same job.
     */
    private static boolean publish(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException e) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }
}
