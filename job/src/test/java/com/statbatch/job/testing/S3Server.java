package com.statbatch.job.testing;

import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * An S3-compatible server in this JVM (S3Proxy over an in-memory store) with real SigV4
 * authentication, reached by s3a with path-style access and by the AWS SDK.
 */
public final class S3Server implements AutoCloseable {

    public static final String ACCESS_KEY = "test-access-key";
    public static final String SECRET_KEY = "test-secret-key";

    private final BlobStoreContext store;
    private final int port;
    private final S3Client client;
    private S3Proxy proxy;

    public S3Server() throws Exception {
        store =
                ContextBuilder.newBuilder("transient")
                        .credentials("unused", "unused")
                        .build(BlobStoreContext.class);
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        startServing();
        client =
                S3Client.builder()
                        .endpointOverride(URI.create(endpoint()))
                        .region(Region.US_EAST_1)
                        .credentialsProvider(
                                StaticCredentialsProvider.create(
                                        AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                        .forcePathStyle(true)
                        .build();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** Stops answering, as an S3 outage would; the objects are kept for {@link #startServing}. */
    public void stopServing() throws Exception {
        proxy.stop();
    }

    public void startServingIfStopped() throws Exception {
        if (!"STARTED".equals(proxy.getState())) {
            startServing();
        }
    }

    /** Serves the same objects again, on the same endpoint. */
    public void startServing() throws Exception {
        proxy =
                S3Proxy.builder()
                        .blobStore(store.getBlobStore())
                        .endpoint(URI.create(endpoint()))
                        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                        .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
    }

    public void createBucket(String bucket) {
        client.createBucket(r -> r.bucket(bucket));
    }

    public void put(String bucket, String key, byte[] content) {
        client.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromBytes(content));
    }

    public byte[] get(String bucket, String key) {
        ResponseBytes<GetObjectResponse> bytes =
                client.getObjectAsBytes(r -> r.bucket(bucket).key(key));
        return bytes.asByteArray();
    }

    public List<String> keys(String bucket) {
        return client.listObjectsV2Paginator(r -> r.bucket(bucket)).contents().stream()
                .map(o -> o.key())
                .toList();
    }

    /** Hadoop settings that point s3a at this server. */
    public Map<String, String> s3aSettings() {
        return s3aSettings(endpoint());
    }

    /** Hadoop settings that point s3a at a server of this kind (in another JVM too). */
    public static Map<String, String> s3aSettings(String endpoint) {
        return Map.of(
                "fs.s3a.endpoint", endpoint,
                "fs.s3a.path.style.access", "true",
                "fs.s3a.connection.ssl.enabled", "false",
                "fs.s3a.access.key", ACCESS_KEY,
                "fs.s3a.secret.key", SECRET_KEY,
                "fs.s3a.aws.credentials.provider",
                        "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider",
                "fs.s3a.change.detection.mode", "none",
                "fs.s3a.endpoint.region", "us-east-1");
    }

    @Override
    public void close() throws Exception {
        client.close();
        proxy.stop();
        store.close();
    }
}
