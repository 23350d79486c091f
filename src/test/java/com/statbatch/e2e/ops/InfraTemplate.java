package com.statbatch.e2e.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * conf/infra/stat-batch.yaml read by a plain YAML parser (the template uses long-form intrinsics
 * for that), with the look-ups the tests need: resources by type, and every IAM statement with the
 * resource it is in.
 */
final class InfraTemplate {

    static final Path PATH = RepositoryRoot.find().resolve("conf/infra/stat-batch.yaml");

    /** An IAM statement of a role, policy or resource policy; {@code key} is "LogicalId/Sid". */
    record Statement(String logicalId, JsonNode node) {
        String sid() {
            return node.path("Sid").asText();
        }

        String key() {
            return logicalId + "/" + sid();
        }

        List<String> actions() {
            return texts(node.path("Action"));
        }

        JsonNode resource() {
            return node.path("Resource");
        }

        boolean allowsEveryResource() {
            return texts(resource()).contains("*");
        }
    }

    private final JsonNode root;
    private final String text;

    private InfraTemplate(String text) throws IOException {
        this.text = text;
        this.root = new ObjectMapper(new YAMLFactory()).readTree(text);
    }

    static InfraTemplate load() throws IOException {
        return new InfraTemplate(Files.readString(PATH));
    }

    JsonNode root() {
        return root;
    }

    String text() {
        return text;
    }

    JsonNode resource(String logicalId) {
        JsonNode resource = root.path("Resources").path(logicalId);
        if (resource.isMissingNode()) {
            throw new AssertionError("The template declares no resource " + logicalId);
        }
        return resource;
    }

    /** The logical ids of the resources of one type, in template order. */
    List<String> resourcesOfType(String type) {
        List<String> ids = new ArrayList<>();
        root.path("Resources")
                .fields()
                .forEachRemaining(
                        entry -> {
                            if (type.equals(entry.getValue().path("Type").asText())) {
                                ids.add(entry.getKey());
                            }
                        });
        return ids;
    }

    /**
     * Every statement of every permissions policy: inline role policies, managed and inline
     * policies, resource policies and key policies. Trust policies (AssumeRolePolicyDocument) grant
     * no permissions and are left out. Both branches of an Fn::If count, so conditional statements
     * are checked as strictly as the rest.
     */
    List<Statement> statements() {
        List<Statement> statements = new ArrayList<>();
        root.path("Resources")
                .fields()
                .forEachRemaining(
                        entry -> {
                            String id = entry.getKey();
                            JsonNode properties = entry.getValue().path("Properties");
                            Stream<JsonNode> documents =
                                    Stream.concat(
                                            Stream.of(
                                                    properties.path("PolicyDocument"),
                                                    properties.path("KeyPolicy")),
                                            branches(properties.path("Policies"))
                                                    .map(policy -> policy.path("PolicyDocument")));
                            documents
                                    .filter(JsonNode::isObject)
                                    .forEach(
                                            document ->
                                                    branches(document.path("Statement"))
                                                            .forEach(
                                                                    statement ->
                                                                            statements.add(
                                                                                    new Statement(
                                                                                            id,
                                                                                            statement))));
                        });
        return statements;
    }

    /**
     * The comment lines directly above the "- Sid: NAME" line of the statement (the YAML parser
     * drops comments, so they are read from the text).
     */
    String commentAbove(Statement statement) {
        List<String> lines = text.lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("- Sid: " + statement.sid())) {
                if (at >= 0) {
                    throw new AssertionError(
                            "Sid "
                                    + statement.sid()
                                    + " appears twice; give statements unique Sids");
                }
                at = i;
            }
        }
        if (at < 0) {
            throw new AssertionError("No line '- Sid: " + statement.sid() + "' in " + PATH);
        }
        StringBuilder comment = new StringBuilder();
        for (int i = at - 1; i >= 0 && lines.get(i).strip().startsWith("#"); i--) {
            comment.insert(0, lines.get(i).strip().substring(1).strip() + " ");
        }
        return comment.toString().strip();
    }

    /**
     * The elements of a list, with each Fn::If element replaced by its branches other than
     * AWS::NoValue.
     */
    private static Stream<JsonNode> branches(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false)
                .flatMap(
                        element -> {
                            JsonNode condition = element.path("Fn::If");
                            if (condition.isMissingNode()) {
                                return Stream.of(element);
                            }
                            return Stream.of(condition.get(1), condition.get(2))
                                    .filter(branch -> !isNoValue(branch));
                        });
    }

    private static boolean isNoValue(JsonNode node) {
        return "AWS::NoValue".equals(node.path("Ref").asText());
    }

    /** A string or a list of strings as a list. */
    static List<String> texts(JsonNode node) {
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        return StreamSupport.stream(node.spliterator(), false)
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .toList();
    }

    /** A YAML snippet as a node, to compare with parts of the template. */
    static JsonNode yaml(String snippet) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(snippet);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not YAML: " + snippet, e);
        }
    }
}
