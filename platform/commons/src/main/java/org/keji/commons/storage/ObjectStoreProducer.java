package org.keji.commons.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import org.jboss.logging.Logger;

/**
 * The one {@link ObjectStore} of a service, chosen by {@code keji.storage.type} at runtime. The S3 store is created
 * through a static factory in its own class, so neither it nor the AWS SDK is loaded when the file system is chosen.
 */
@ApplicationScoped
public class ObjectStoreProducer {

    private static final Logger LOG = Logger.getLogger(ObjectStoreProducer.class);

    @Produces
    @ApplicationScoped
    ObjectStore objectStore(StorageConfig config) {
        ObjectStore store = switch (config.type()) {
            case FILESYSTEM -> new FilesystemObjectStore(config.filesystem().root());
            case S3 -> S3ObjectStore.create(config.s3());
        };
        LOG.infof("Object store: %s", store);
        return store;
    }

    void close(@Disposes ObjectStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
