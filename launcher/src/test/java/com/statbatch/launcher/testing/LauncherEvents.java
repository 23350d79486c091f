package com.statbatch.launcher.testing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The events the launcher receives, as AWS delivers them, and a way to invoke a handler with one.
 */
public final class LauncherEvents {

    private LauncherEvents() {}

    /** What the EventBridge rule cron(0 16 L * ? *) sends. */
    public static String scheduled(Instant time) {
        return """
                {"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","detail-type":"Scheduled Event",\
                "source":"aws.events","account":"123456789012","time":"%s","region":"ap-northeast-2",\
                "resources":["arn:aws:events:ap-northeast-2:123456789012:rule/stat-batch-monthly"],"detail":{}}"""
                .formatted(time);
    }

    /** A REST API (payload 1.0) proxy event carrying this body. */
    public static String apiGateway(String body) {
        return """
                {"resource":"/launch","path":"/launch","httpMethod":"POST","headers":{"Content-Type":"application/json"},\
                "requestContext":{"resourcePath":"/launch","httpMethod":"POST","stage":"prod","requestId":"api-1"},\
                "body":%s,"isBase64Encoded":false}"""
                .formatted(body == null ? "null" : quote(body));
    }

    /** An HTTP API (payload 2.0) event, body Base64-encoded as HTTP APIs may send it. */
    public static String httpApiBase64(String body) {
        String encoded =
                java.util.Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8));
        return """
                {"version":"2.0","routeKey":"POST /launch","rawPath":"/launch","headers":{},\
                "requestContext":{"http":{"method":"POST","path":"/launch"},"requestId":"api-2"},\
                "body":"%s","isBase64Encoded":true}"""
                .formatted(encoded);
    }

    /** Invokes the handler as the Lambda runtime would and returns what it wrote. */
    public static String invoke(RequestStreamHandler handler, String event, Context context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(
                    new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
