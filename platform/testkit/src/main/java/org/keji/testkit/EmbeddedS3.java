package org.keji.testkit;

import java.net.URI;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3-compatible server (S3Proxy over jclouds' in-memory "transient" blob store) in this JVM, on a free port,
 * started once per JVM and checking AWS signatures with {@link #ACCESS_KEY}/{@link #SECRET_KEY}. S3Proxy is an
 * optional dependency of the test kit: a test module that uses this class declares {@code org.gaul:s3proxy} itself.
 */
public final class EmbeddedS3 {

    public static final String ACCESS_KEY = "keji-test";
    public static final String SECRET_KEY = "keji-test-secret";
    public static final String REGION = "us-east-1";

    private static final int FREE_PORT_ATTEMPTS = 3;
    private static EmbeddedS3 shared;

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final URI endpoint;

    private EmbeddedS3(S3Proxy proxy, BlobStoreContext context, URI endpoint) {
        this.proxy = proxy;
        this.context = context;
        this.endpoint = endpoint;
    }

    /** The server of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedS3 shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "embedded-s3-stop"));
        }
        return shared;
    }

    /** Starts a new server on a free port; another process may take the port first, so a few are tried. */
    public static EmbeddedS3 start() {
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= FREE_PORT_ATTEMPTS; attempt++) {
            try {
                return startOn(FreePorts.next());
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        throw failure;
    }

    private static EmbeddedS3 startOn(int port) {
        BlobStoreContext context = ContextBuilder.newBuilder("transient")
                .credentials(ACCESS_KEY, SECRET_KEY)
                .overrides(new Properties())
                .build(BlobStoreContext.class);
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                // S3Proxy does not implement the SDK's checksum headers (x-amz-checksum-sha256 on PUT,
                // x-amz-checksum-mode on GET) and would answer 501; it ignores them instead, as an S3 service
                // without checksums would
                .ignoreUnknownHeaders(true)
                .jettyMaxThreads(16)
                .build();
        try {
            proxy.start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
                }
                Thread.sleep(10);
            }
        } catch (Exception e) {
            stopQuietly(proxy);
            context.close();
            throw e instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("S3Proxy did not start on port " + port, e);
        }
        return new EmbeddedS3(proxy, context, endpoint);
    }

    /** The URL to give a client, with path-style bucket addressing. */
    public URI endpoint() {
        return endpoint;
    }

    /** The blob store behind the server, to create buckets and count objects behind the client's back. */
    public BlobStore blobStore() {
        return context.getBlobStore();
    }

    /** Creates the bucket unless it exists. */
    public void createBucket(String name) {
        blobStore().createContainerInLocation(null, name);
    }

    public void stop() {
        stopQuietly(proxy);
        context.close();
    }

    private static void stopQuietly(S3Proxy proxy) {
        try {
            proxy.stop();
        } catch (Exception e) {
            // stopping a server that failed to start or is already stopped
        }
    }
}
