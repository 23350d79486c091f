package com.statbatch.common.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.statbatch.common.aws.AwsSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The SNS Query API as the AWS SDK speaks it, served by WireMock, and what it received. */
public final class SnsStub {

    public static final String TOPIC = "arn:aws:sns:ap-northeast-2:123456789012:stat-batch";

    /** A Publish request as the SDK encoded it on the wire. */
    public record Published(String topicArn, String subject, String message) {

        /** Follows the message's pre-signed link (its "download…: URL" line) as a browser would. */
        public HttpResponse<byte[]> download() throws IOException, InterruptedException {
            String link =
                    message.lines()
                            .filter(line -> line.startsWith("download"))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new AssertionError(
                                                    "The message has no download line:\n"
                                                            + message))
                            .replaceFirst("^.*?: ", "");
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(link)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private SnsStub() {}

    public static AwsSettings aws(String endpoint) {
        return new AwsSettings("ap-northeast-2", endpoint, "", "", "");
    }

    public static ResponseDefinitionBuilder publishOk(String messageId) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/xml")
                .withBody(
                        "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult><MessageId>"
                                + messageId
                                + "</MessageId></PublishResult>"
                                + "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></PublishResponse>");
    }

    public static List<Published> publishedMessages(WireMock wireMock) {
        return wireMock
                .find(
                        postRequestedFor(urlEqualTo("/"))
                                .withRequestBody(containing("Action=Publish")))
                .stream()
                .map(request -> form(request.getBodyAsString()))
                .map(
                        form ->
                                new Published(
                                        form.get("TopicArn"),
                                        form.get("Subject"),
                                        form.get("Message")))
                .toList();
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(
                        Collectors.toMap(
                                kv -> decode(kv[0]), kv -> kv.length > 1 ? decode(kv[1]) : ""));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
