package org.keji.enterprise.material.interim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** TEMPORARY filesystem store, see the package comment: one file per key, {@code ab/abcdef…}. */
@ApplicationScoped
public class FileSystemObjectStore implements ObjectStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public FileSystemObjectStore(@ConfigProperty(name = "keji.storage.filesystem.directory") Path root) {
        this.root = root;
    }

    @Override
    public boolean putIfAbsent(String key, Path file, long size, String contentType) {
        Path target = path(key);
        if (Files.exists(target)) {
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), key, ".part");
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            try {
                // atomic: a reader sees the whole object or none; of two writers of one key, the second finds it
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(partial);
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.exists(path(key));
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(path(key));
        } catch (NoSuchFileException e) {
            throw new NoSuchElementException(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String kind() {
        return "filesystem";
    }

    private Path path(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a SHA-256 key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
