package com.statbatch.launcher.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

/**
 * An EMR that keeps state, for the exactly-once tests: it remembers the steps and clusters it was
 * asked for and lists them by name, as the AWS SDK v2 speaks to EMR (AWS JSON 1.1, POST / with
 * X-Amz-Target ElasticMapReduce.&lt;Action&gt;). Two faults can be set: a listing lag (a new step
 * or cluster is missing from its first listings, as right after RunJobFlow) and a crash point (one
 * request is received, applied or not, and never answered, so the caller can be killed while it
 * waits).
 */
public final class EmrFake implements AutoCloseable {

    public static final String CLUSTER = EmrStub.CLUSTER;

    /** A step as EMR keeps it; args are the spark-submit arguments. */
    public record Step(String clusterId, String id, String name, String state, List<String> args) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TARGET_PREFIX = "ElasticMapReduce.";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final Map<String, String> clusterNames = new LinkedHashMap<>();
    private final Map<String, Integer> hiddenListings = new LinkedHashMap<>();
    private final List<String> actions = new ArrayList<>();
    private final List<JsonNode> bodies = new ArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private int listingLag;
    private String crashAction;
    private boolean crashApplies;
    private CountDownLatch crashReached = new CountDownLatch(1);

    public EmrFake() {
        try {
            server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::serve);
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Each new step and cluster is left out of its first {@code listings} ListSteps/ListClusters.
     */
    public synchronized EmrFake listingLag(int listings) {
        this.listingLag = listings;
        return this;
    }

    /**
     * The next request for this action is received and never answered; {@code applied} says whether
     * EMR carried it out (the step added, the cluster started) before the caller died.
     */
    public synchronized EmrFake crashOn(String action, boolean applied) {
        this.crashAction = action;
        this.crashApplies = applied;
        this.crashReached = new CountDownLatch(1);
        return this;
    }

    /** Waits until the crash point's request has arrived, as long as the caller lives. */
    public void awaitCrashPoint(Duration timeout, LauncherProcess caller)
            throws InterruptedException {
        CountDownLatch reached;
        synchronized (this) {
            reached = crashReached;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached.await(100, TimeUnit.MILLISECONDS)) {
            if (!caller.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "The crash point was not reached; EMR saw "
                                + actions()
                                + "; the launcher's log:\n"
                                + caller.output());
            }
        }
    }

    public synchronized void setState(String stepId, String state) {
        Step step = steps.get(stepId);
        steps.put(stepId, new Step(step.clusterId(), stepId, step.name(), state, step.args()));
    }

    public synchronized List<Step> steps() {
        return List.copyOf(steps.values());
    }

    public synchronized Map<String, String> clusterNames() {
        return Map.copyOf(clusterNames);
    }

    /** The actions received so far, oldest first. */
    public synchronized List<String> actions() {
        return List.copyOf(actions);
    }

    /** The bodies of the requests received for one action, oldest first. */
    public synchronized List<JsonNode> requests(String action) {
        List<JsonNode> found = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).equals(action)) {
                found.add(bodies.get(i));
            }
        }
        return found;
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        String action = target == null ? "" : target.substring(TARGET_PREFIX.length());
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        Object answer;
        boolean hang;
        synchronized (this) {
            actions.add(action);
            bodies.add(body);
            hang = action.equals(crashAction);
            if (hang) {
                crashAction = null;
                crashReached.countDown();
            }
            answer = hang && !crashApplies ? null : apply(action, body);
        }
        if (hang) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        byte[] json =
                JSON.writeValueAsString(answer == null ? Map.of() : answer)
                        .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(answer == null ? 400 : 200, json.length);
        exchange.getResponseBody().write(json);
        exchange.close();
    }

    private Object apply(String action, JsonNode body) {
        return switch (action) {
            case "AddJobFlowSteps" ->
                    Map.of(
                            "StepIds",
                            List.of(
                                    addStep(
                                            body.path("JobFlowId").asText(),
                                            body.path("Steps").get(0))));
            case "RunJobFlow" -> {
                String clusterId = "j-FAKE" + (clusterNames.size() + 1);
                clusterNames.put(clusterId, body.path("Name").asText());
                hiddenListings.put(clusterId, listingLag);
                addStep(clusterId, body.path("Steps").get(0));
                yield Map.of("JobFlowId", clusterId);
            }
            case "ListSteps" -> Map.of("Steps", listSteps(body));
            case "DescribeStep" -> Map.of("Step", summary(steps.get(body.path("StepId").asText())));
            case "ListClusters" -> Map.of("Clusters", listClusters());
            default -> null;
        };
    }

    private String addStep(String clusterId, JsonNode step) {
        String id = "s-FAKE" + (steps.size() + 1);
        List<String> args =
                StreamSupport.stream(step.path("HadoopJarStep").path("Args").spliterator(), false)
                        .map(JsonNode::asText)
                        .toList();
        steps.put(id, new Step(clusterId, id, step.path("Name").asText(), "PENDING", args));
        hiddenListings.put(id, listingLag);
        return id;
    }

    private List<Map<String, Object>> listSteps(JsonNode request) {
        String clusterId = request.path("ClusterId").asText();
        List<String> states =
                StreamSupport.stream(request.path("StepStates").spliterator(), false)
                        .map(JsonNode::asText)
                        .toList();
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Step step : steps.values()) {
            if (step.clusterId().equals(clusterId)
                    && (states.isEmpty() || states.contains(step.state()))
                    && listed(step.id())) {
                listed.add(summary(step));
            }
        }
        return listed;
    }

    private List<Map<String, Object>> listClusters() {
        List<Map<String, Object>> listed = new ArrayList<>();
        clusterNames.forEach(
                (id, name) -> {
                    if (listed(id)) {
                        listed.add(
                                Map.of(
                                        "Id",
                                        id,
                                        "Name",
                                        name,
                                        "Status",
                                        Map.of("State", "STARTING")));
                    }
                });
        return listed;
    }

    /** Counts a listing against the lag of a step or cluster. */
    private boolean listed(String id) {
        int hidden = hiddenListings.getOrDefault(id, 0);
        if (hidden > 0) {
            hiddenListings.put(id, hidden - 1);
            return false;
        }
        return true;
    }

    private static Map<String, Object> summary(Step step) {
        return EmrStub.summary(step.id(), step.name(), step.state(), step.args());
    }
}
