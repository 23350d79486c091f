package com.statbatch.launcher;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The JSON an invocation answers with; API Gateway gets it wrapped in a proxy response. */
final class Responses {

    /** A successful invocation: what happened to each month, in order. */
    record Launched(String trigger, List<LaunchOutcome> periods) {}

    /**
     * A rejected or failed invocation; field and expected for bad input, stage and period for
     * failures.
     */
    record Failure(String error, String field, String expected, String stage, String period) {

        static Failure of(BadEventException e) {
            return new Failure(e.getMessage(), e.field(), e.expected(), null, null);
        }

        static Failure of(LaunchFailedException e) {
            return new Failure(e.getMessage(), null, null, e.stage().label(), e.period());
        }
    }

    private static final ObjectMapper JSON =
            new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Responses() {}

    static byte[] direct(Object body) {
        return json(body).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] apiGateway(int statusCode, Object body) {
        return direct(
                new APIGatewayProxyResponseEvent()
                        .withStatusCode(statusCode)
                        .withHeaders(Map.of("Content-Type", "application/json; charset=utf-8"))
                        .withBody(json(body))
                        .withIsBase64Encoded(false));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Cannot write the launcher's response as JSON: " + e.getMessage(), e);
        }
    }
}
