package org.keji.commons.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keji.testkit.EmbeddedS3;

import io.quarkus.runtime.configuration.MemorySize;

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
    boolean answersOneWinnerOfARace() {
        return false;
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

    @Test
    void shouldBeChosenByTheProducerWhenConfigured() throws Exception {
        ObjectStoreProducer producer = new ObjectStoreProducer();
        ObjectStore chosen = producer.objectStore(storage(StorageConfig.Type.S3, config(bucket)));

        assertEquals("s3", chosen.kind());
        assertTrue(chosen.ready());
        producer.close(chosen);
    }

    @Test
    void shouldRefuseS3WithoutABucket() {
        StorageConfig.S3 noBucket = config(null);

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new ObjectStoreProducer().objectStore(storage(StorageConfig.Type.S3, noBucket)));
        assertTrue(refused.getMessage().contains("keji.storage.s3.bucket"), refused.getMessage());
    }

    private static StorageConfig storage(StorageConfig.Type type, StorageConfig.S3 s3) {
        return new StorageConfig() {
            @Override
            public Type type() {
                return type;
            }

            @Override
            public MemorySize maxSize() {
                return new MemorySize(BigInteger.valueOf(20L * 1024 * 1024));
            }

            @Override
            public Filesystem filesystem() {
                return () -> Path.of("unused");
            }

            @Override
            public S3 s3() {
                return s3;
            }
        };
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
                return Optional.ofNullable(bucketName);
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
