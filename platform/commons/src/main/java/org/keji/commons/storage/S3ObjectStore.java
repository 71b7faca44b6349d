package org.keji.commons.storage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.NoSuchElementException;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Objects in one bucket of an S3-compatible service, named by their key. A put checks the file's hash, asks whether
 * the object exists (HEAD), and uploads with {@code If-None-Match: *} and the SHA-256 checksum: a service that
 * implements them (AWS S3) refuses an upload that arrived damaged and the second of two concurrent puts; one that
 * ignores them (S3Proxy) stores the same bytes again under the same key, which is harmless. Only {@link ObjectStoreProducer}
 * creates it, and only when {@code keji.storage.type=s3}: the AWS SDK is not
 * loaded otherwise.
 */
final class S3ObjectStore implements ObjectStore, AutoCloseable {

    private static final int PRECONDITION_FAILED = 412;
    private static final int CONDITIONAL_REQUEST_CONFLICT = 409;
    private static final int NOT_FOUND = 404;

    private final S3Client client;
    private final String bucket;

    S3ObjectStore(S3Client client, String bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    /** Returns the interface type, so the caller's class does not refer to (and load) this one before it runs. */
    static ObjectStore create(StorageConfig.S3 config) {
        String bucket = config.bucket()
                .orElseThrow(() -> new IllegalStateException("keji.storage.type=s3 needs keji.storage.s3.bucket"));
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                // the SDK would otherwise add a CRC32 in a trailer of an aws-chunked body, which some S3-compatible
                // servers (S3Proxy among them) refuse; every put sends its SHA-256 in a header instead
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyle())
                .credentialsProvider(credentials(config));
        config.endpoint().ifPresent(builder::endpointOverride);
        return new S3ObjectStore(builder.build(), bucket);
    }

    private static AwsCredentialsProvider credentials(StorageConfig.S3 config) {
        if (config.accessKey().isPresent() && config.secretKey().isPresent()) {
            return StaticCredentialsProvider
                    .create(AwsBasicCredentials.create(config.accessKey().get(), config.secretKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public boolean putIfAbsent(String key, Path file, long size, String contentType) {
        ObjectKeys.verify(ObjectKeys.checked(key), size, ObjectKeys.of(file));
        if (exists(key)) {
            return false;
        }
        PutObjectRequest request = PutObjectRequest.builder()
                .bucket(bucket)
                .key(key)
                .contentLength(size)
                .contentType(contentType)
                .checksumSHA256(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(key)))
                .ifNoneMatch("*")
                .build();
        try {
            client.putObject(request, RequestBody.fromFile(file));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == PRECONDITION_FAILED || e.statusCode() == CONDITIONAL_REQUEST_CONFLICT) {
                // another put of the same content won the race
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            client.headObject(b -> b.bucket(bucket).key(ObjectKeys.checked(key)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return client.getObject(b -> b.bucket(bucket).key(ObjectKeys.checked(key)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchElementException("No object " + key);
        }
    }

    @Override
    public String kind() {
        return "s3";
    }

    @Override
    public boolean ready() {
        try {
            client.headBucket(b -> b.bucket(bucket));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "s3 bucket " + bucket;
    }
}
