package com.statbatch.launcher.testing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

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

    /**
     * An EMR "Step Status Change" event, shaped like the sample AWS documents in "When to set up
     * EMR events in CloudWatch"
     * (https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-service-limits-cloudwatch-events.html)
     * with this step's id, name, cluster and state.
     */
    public static String stepStatusChange(
            String stepId, String stepName, String clusterId, String state) {
        String severity = "COMPLETED".equals(state) ? "INFO" : "ERROR";
        return """
                {"version":"0","id":"999cccaa-eaaa-0000-1111-123456789012","detail-type":"EMR Step Status Change",\
                "source":"aws.emr","account":"123456789012","time":"2026-11-01T02:53:09Z","region":"ap-northeast-2",\
                "resources":[],"detail":{"severity":"%s","actionOnFailure":"CONTINUE","stepId":"%s","name":"%s",\
                "clusterId":"%s","state":"%s","message":"Step %s (%s) in Amazon EMR cluster %s (stat-batch) %s at 2026-11-01 02:53 UTC."}}"""
                .formatted(
                        severity,
                        stepId,
                        stepName,
                        clusterId,
                        state,
                        stepId,
                        stepName,
                        clusterId,
                        state.toLowerCase(Locale.ROOT));
    }

    /** What the stack's freshness schedule sends: its input transformer keeps the event time. */
    public static String freshnessCheck(Instant time) {
        return "{\"check\":\"freshness\",\"time\":\"" + time + "\"}";
    }

    /** A REST API (payload 1.0) proxy event carrying this body. */
    public static String apiGateway(String body) {
        return """
                {"resource":"/launch","path":"/launch","httpMethod":"POST","headers":{"Content-Type":"application/json"},\
                "requestContext":{"resourcePath":"/launch","httpMethod":"POST","stage":"prod","requestId":"api-1"},\
                "body":%s,"isBase64Encoded":false}"""
                .formatted(body == null ? "null" : quote(body));
    }

    /**
     * What the stack's HTTP API sends for {@code POST /runs} (payload 2.0, IAM authorization: the
     * caller's identity in requestContext.authorizer.iam).
     */
    public static String runsApi(String body) {
        return """
                {"version":"2.0","routeKey":"POST /runs","rawPath":"/runs","rawQueryString":"",\
                "headers":{"content-type":"application/json"},"requestContext":{"accountId":"123456789012",\
                "apiId":"a1b2c3d4e5","authorizer":{"iam":{"accessKey":"ASIAEXAMPLE","accountId":"123456789012",\
                "callerId":"AROAEXAMPLE:ops","userArn":"arn:aws:sts::123456789012:assumed-role/ops/ops",\
                "userId":"AROAEXAMPLE:ops"}},"domainName":"a1b2c3d4e5.execute-api.ap-northeast-2.amazonaws.com",\
                "http":{"method":"POST","path":"/runs","protocol":"HTTP/1.1","sourceIp":"192.0.2.1",\
                "userAgent":"curl/8.5.0"},"requestId":"api-3","routeKey":"POST /runs","stage":"$default"},\
                "body":%s,"isBase64Encoded":false}"""
                .formatted(quote(body));
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
