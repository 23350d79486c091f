package com.statbatch.launcher.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The EMR API as the AWS SDK v2 speaks it (AWS JSON 1.1: POST / with X-Amz-Target
 * ElasticMapReduce.&lt;Action&gt;), served by WireMock, and the requests it received.
 */
public final class EmrStub {

    public static final String CLUSTER = "j-2AXXXXXXGAPLF";

    /** A step as ListSteps and DescribeStep describe it. */
    public record Step(String id, String name, String state) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TARGET_PREFIX = "ElasticMapReduce.";

    private EmrStub() {}

    /** A request for one EMR action, e.g. {@code action("AddJobFlowSteps")}. */
    public static MappingBuilder action(String action) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + action));
    }

    /**
     * A running cluster with no steps yet: ListSteps answers empty, AddJobFlowSteps gives stepId.
     */
    public static void idleCluster(WireMock wireMock, String stepId) {
        wireMock.register(action("ListSteps").willReturn(listSteps()));
        wireMock.register(action("AddJobFlowSteps").willReturn(addJobFlowStepsOk(stepId)));
    }

    /**
     * AddJobFlowSteps answers with these step ids one call after another, the last one from then
     * on.
     */
    public static void addJobFlowStepsInTurn(WireMock wireMock, String... stepIds) {
        for (int call = 0; call < stepIds.length; call++) {
            ScenarioMappingBuilder stub =
                    action("AddJobFlowSteps")
                            .inScenario("AddJobFlowSteps")
                            .whenScenarioStateIs(
                                    call == 0 ? Scenario.STARTED : "after call " + call);
            if (call < stepIds.length - 1) {
                stub.willSetStateTo("after call " + (call + 1));
            }
            wireMock.register(stub.willReturn(addJobFlowStepsOk(stepIds[call])));
        }
    }

    public static ResponseDefinitionBuilder addJobFlowStepsOk(String stepId) {
        return json(Map.of("StepIds", List.of(stepId)));
    }

    public static ResponseDefinitionBuilder listSteps(Step... steps) {
        return json(Map.of("Steps", Arrays.stream(steps).map(EmrStub::summary).toList()));
    }

    public static ResponseDefinitionBuilder describeStep(Step step) {
        return json(Map.of("Step", summary(step)));
    }

    /** DescribeStep of a step that ended with EMR's FailureDetails (Reason, Message, LogFile). */
    public static ResponseDefinitionBuilder describeStepFailed(
            Step step, Map<String, String> failureDetails) {
        Map<String, Object> summary = new LinkedHashMap<>(summary(step));
        summary.put("Status", Map.of("State", step.state(), "FailureDetails", failureDetails));
        return json(Map.of("Step", summary));
    }

    public static ResponseDefinitionBuilder runJobFlowOk(String clusterId) {
        return json(
                Map.of(
                        "JobFlowId",
                        clusterId,
                        "ClusterArn",
                        "arn:aws:elasticmapreduce:ap-northeast-2:123456789012:cluster/"
                                + clusterId));
    }

    /**
     * An EMR error as the JSON protocol reports it, e.g. (400, "ThrottlingException", "Rate
     * exceeded").
     */
    public static ResponseDefinitionBuilder error(int status, String type, String message) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withHeader("x-amzn-ErrorType", type)
                .withBody(write(Map.of("__type", type, "message", message)));
    }

    /** The bodies of the requests received for one action, oldest first. */
    public static List<JsonNode> requests(WireMock wireMock, String action) {
        return wireMock
                .find(
                        postRequestedFor(urlEqualTo("/"))
                                .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + action)))
                .stream()
                .map(request -> read(request.getBodyAsString()))
                .toList();
    }

    /** The spark-submit arguments of every step submitted with AddJobFlowSteps, in order. */
    public static List<List<String>> submittedArgs(WireMock wireMock) {
        return requests(wireMock, "AddJobFlowSteps").stream()
                .flatMap(body -> stream(body.path("Steps")))
                .map(
                        step ->
                                stream(step.path("HadoopJarStep").path("Args"))
                                        .map(JsonNode::asText)
                                        .toList())
                .toList();
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + json, e);
        }
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static Map<String, Object> summary(Step step) {
        return summary(step.id(), step.name(), step.state(), List.of("spark-submit"));
    }

    /** A step as ListSteps and DescribeStep give it. */
    static Map<String, Object> summary(String id, String name, String state, List<String> args) {
        return Map.of(
                "Id",
                id,
                "Name",
                name,
                "ActionOnFailure",
                "CONTINUE",
                "Config",
                Map.of("Jar", "command-runner.jar", "Args", args),
                "Status",
                Map.of("State", state));
    }

    private static ResponseDefinitionBuilder json(Object body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody(write(body));
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + body, e);
        }
    }
}
