package com.statbatch.launcher;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON an invocation answers with; API Gateway gets it wrapped in a proxy response. */
final class Responses {

    /**
     * A successful invocation: the runs it submitted and what happened to each month, in order;
     * error says why nothing was submitted when every month was already running.
     */
    record Launched(
            String trigger, List<String> runIds, List<LaunchOutcome> periods, String error) {

        static Launched of(LaunchRequest.Trigger trigger, List<LaunchOutcome> outcomes) {
            List<String> submitted =
                    outcomes.stream()
                            .filter(o -> o.result() == LaunchOutcome.Result.SUBMITTED)
                            .map(LaunchOutcome::runId)
                            .toList();
            String error =
                    submitted.isEmpty()
                            ? "Nothing submitted: already running: "
                                    + outcomes.stream()
                                            .map(LaunchOutcome::toString)
                                            .collect(Collectors.joining("; "))
                            : null;
            return new Launched(trigger.name(), submitted, outcomes, error);
        }

        /** 202: the steps are submitted, not done; 409: each month asked for is running. */
        @JsonIgnore
        int httpStatus() {
            return error == null ? 202 : 409;
        }
    }

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
