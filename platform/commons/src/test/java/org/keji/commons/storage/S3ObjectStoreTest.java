package org.keji.commons.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keji.testkit.EmbeddedS3;

/** The S3 store against a real S3-compatible server (S3Proxy), each test in a bucket of its own. */
class S3ObjectStoreTest extends ObjectStoreContract {

    private final EmbeddedS3 s3 = EmbeddedS3.shared();
    private String bucket;
    private S3ObjectStore store;

    @BeforeEach
    void createStore() {
        bucket = "keji-" + UUID.randomUUID();
        s3.createBucket(bucket);
        store = (S3ObjectStore) S3ObjectStore.create(config(bucket));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Override
    ObjectStore store() {
        return store;
    }

    @Override
    long objectCount() {
        return s3.blobStore().countBlobs(bucket);
    }

    @Test
    void shouldKeepTheContentType() {
        StoredContent content = spool(uniqueBytes());
        store.putIfAbsent(content.sha256(), content.path(), content.size(), "application/pdf");

        assertEquals("application/pdf",
                s3.blobStore().blobMetadata(bucket, content.sha256()).getContentMetadata().getContentType());
    }

    @Test
    void shouldNotBeReadyWithoutItsBucket() {
        try (S3ObjectStore missing = (S3ObjectStore) S3ObjectStore.create(config("keji-absent-" + UUID.randomUUID()))) {
            assertFalse(missing.ready());
        }
    }

    private StorageConfig.S3 config(String bucketName) {
        URI endpoint = s3.endpoint();
        return new StorageConfig.S3() {
            @Override
            public Optional<URI> endpoint() {
                return Optional.of(endpoint);
            }

            @Override
            public String region() {
                return EmbeddedS3.REGION;
            }

            @Override
            public Optional<String> bucket() {
                return Optional.of(bucketName);
            }

            @Override
            public Optional<String> accessKey() {
                return Optional.of(EmbeddedS3.ACCESS_KEY);
            }

            @Override
            public Optional<String> secretKey() {
                return Optional.of(EmbeddedS3.SECRET_KEY);
            }

            @Override
            public boolean pathStyle() {
                return true;
            }
        };
    }
}
