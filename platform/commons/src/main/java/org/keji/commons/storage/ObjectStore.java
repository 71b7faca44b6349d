package org.keji.commons.storage;

import java.io.InputStream;
import java.nio.file.Path;

/** Content-addressed object store: the key is the lowercase hex SHA-256 of the content. */
public interface ObjectStore {

    /**
     * Stores the file's bytes under the key unless an object with that key exists; true when newly stored. The store
     * checks that the file's SHA-256 and size are the key and size given and refuses a mismatch with an
     * {@link IllegalArgumentException}, also when the object exists already.
     */
    boolean putIfAbsent(String key, Path file, long size, String contentType);

    boolean exists(String key);

    /** The object's bytes; throws java.util.NoSuchElementException when absent. The caller closes the stream. */
    InputStream open(String key);

    /** Which implementation answers ("filesystem", "s3"), for the health check and logs. */
    String kind();

    /** Whether the store can take objects now (root writable, bucket reachable); for the readiness check. */
    default boolean ready() {
        return true;
    }
}
