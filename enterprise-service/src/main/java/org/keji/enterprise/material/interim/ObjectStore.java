package org.keji.enterprise.material.interim;

import java.io.InputStream;
import java.nio.file.Path;

/** TEMPORARY copy of the platform's {@code ObjectStore} contract, see the package comment. */
public interface ObjectStore {

    /** Stores {@code file} under {@code key} (lowercase hex SHA-256 of the content); true when newly stored. */
    boolean putIfAbsent(String key, Path file, long size, String contentType);

    boolean exists(String key);

    /** @throws java.util.NoSuchElementException when absent */
    InputStream open(String key);

    String kind();
}
