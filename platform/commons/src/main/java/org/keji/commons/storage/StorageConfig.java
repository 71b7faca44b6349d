package org.keji.commons.storage;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where a service keeps the documents it stores ({@link ObjectStore}). */
@ConfigMapping(prefix = "keji.storage")
public interface StorageConfig {

    /** The implementation: the local file system (launcher, tests) or an S3-compatible service (production). */
    @WithDefault("filesystem")
    Type type();

    /** The largest object accepted; a larger body is refused while it arrives (413 MATERIAL_TOO_LARGE). */
    @WithDefault("20M")
    MemorySize maxSize();

    Filesystem filesystem();

    S3 s3();

    enum Type {
        FILESYSTEM,
        S3
    }

    interface Filesystem {

        /** The folder holding the objects; the launcher sets one under {@code .keji/}. */
        @WithDefault("${java.io.tmpdir}/keji-objects/${quarkus.application.name}")
        Path root();
    }

    interface S3 {

        /** The service's URL, e.g. {@code https://s3.cn-north-1.amazonaws.com.cn} or a MinIO/Ceph endpoint. */
        Optional<URI> endpoint();

        @WithDefault("cn-north-1")
        String region();

        /** Required when {@code keji.storage.type=s3}. */
        Optional<String> bucket();

        /** Without both keys, the SDK's default credentials chain (environment, profile, instance role) is used. */
        Optional<String> accessKey();

        Optional<String> secretKey();

        /** {@code bucket} in the path instead of the host name, as most S3-compatible servers want. */
        @WithDefault("false")
        boolean pathStyle();
    }
}
