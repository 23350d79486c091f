package com.statbatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.statbatch.common.testing.Sql;
import com.statbatch.launcher.testing.EmrFake;
import com.statbatch.launcher.testing.EmrStub;
import com.statbatch.launcher.testing.LauncherEvents;
import com.statbatch.launcher.testing.LauncherProcess;
import com.statbatch.launcher.testing.TestContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher killed with SIGKILL between any two of its calls, then retried by 8 concurrent
 * invocations: every time the month ends with exactly one EMR step and one live run row naming it,
 * without anyone touching a row. The table of crash points is printed at the end.
 */
class LauncherCrashPointsTest extends HandlerTestBase {

    private static final int RETRIES = 8;
    private static final List<String> TABLE = new ArrayList<>();

    @TempDir Path work;
    EmrFake fake;

    @BeforeEach
    void fakeEmr() {
        fake = new EmrFake();
        env.put("EMR_ENDPOINT", fake.endpoint());
        env.put("LAUNCHER_STEP_LOOKUP_WAIT", "1s");
    }

    @AfterEach
    void stopEmr() {
        fake.close();
    }

    @AfterAll
    static void printTable() {
        System.out.println(
                "launcher crash point | rows after the crash | rows after "
                        + RETRIES
                        + " concurrent retries | steps submitted by the retries");
        TABLE.forEach(System.out::println);
    }

    static Stream<Arguments> crashPoints() {
        return Stream.of(
                Arguments.of(
                        "running cluster: killed in the live-step ListSteps, before its run row",
                        false,
                        "ListSteps",
                        false,
                        List.of(),
                        List.of("SUBMITTED -"),
                        1),
                Arguments.of(
                        "running cluster: killed after its run row, AddJobFlowSteps never reached EMR",
                        false,
                        "AddJobFlowSteps",
                        false,
                        List.of("SUBMITTED - no-step"),
                        List.of("FAILED launcher", "SUBMITTED -"),
                        1),
                Arguments.of(
                        "running cluster: killed after EMR added the step, before its id was recorded",
                        false,
                        "AddJobFlowSteps",
                        true,
                        List.of("SUBMITTED - no-step"),
                        List.of("SUBMITTED -"),
                        0),
                Arguments.of(
                        "running cluster: killed after recording the step, its answer lost",
                        false,
                        null,
                        true,
                        List.of("SUBMITTED - step"),
                        List.of("SUBMITTED -"),
                        0),
                Arguments.of(
                        "transient cluster: killed after its run row, RunJobFlow never reached EMR",
                        true,
                        "RunJobFlow",
                        false,
                        List.of("SUBMITTED - no-step"),
                        List.of("FAILED launcher", "SUBMITTED -"),
                        1),
                Arguments.of(
                        "transient cluster: killed after RunJobFlow started the cluster, before its id was recorded",
                        true,
                        "RunJobFlow",
                        true,
                        List.of("SUBMITTED - no-step"),
                        List.of("SUBMITTED -"),
                        0),
                Arguments.of(
                        "transient cluster: killed after recording the cluster, while ListSteps looked for the step",
                        true,
                        "ListSteps",
                        true,
                        List.of("SUBMITTED - no-step"),
                        List.of("SUBMITTED -"),
                        0),
                Arguments.of(
                        "transient cluster: killed after recording the step, its answer lost",
                        true,
                        null,
                        true,
                        List.of("SUBMITTED - step"),
                        List.of("SUBMITTED -"),
                        0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crashPoints")
    void aLauncherKilledAtAnyPointIsRepairedByTheNextInvocationsWithExactlyOneStep(
            String point,
            boolean transientCluster,
            String killedIn,
            boolean applied,
            List<String> afterCrash,
            List<String> afterRetries,
            int submittedByRetries)
            throws Exception {
        if (transientCluster) {
            env.remove("EMR_CLUSTER_ID");
            env.put("EMR_TRANSIENT_CLUSTER", "true");
        }
        if (killedIn != null) {
            fake.crashOn(killedIn, applied);
        }
        try (LauncherProcess doomed =
                LauncherProcess.start(
                        env, LauncherEvents.scheduled(OCTOBER_RUN), OCTOBER_RUN, work)) {
            if (killedIn != null) {
                fake.awaitCrashPoint(Duration.ofMinutes(1), doomed);
            } else {
                doomed.awaitAnswer(Duration.ofMinutes(1));
            }
            doomed.kill();
        }
        List<String> crashed = runRows(true);
        int stepsBefore = fake.steps().size();

        List<JsonNode> outcomes = concurrentScheduledInvocations();

        List<String> repaired = runRows(false);
        TABLE.add(
                point
                        + " | "
                        + (crashed.isEmpty() ? "none" : String.join(", ", crashed))
                        + " | "
                        + String.join(", ", repaired)
                        + " | "
                        + (fake.steps().size() - stepsBefore));
        assertThat(crashed).isEqualTo(afterCrash);
        assertThat(repaired).isEqualTo(afterRetries);
        EmrFake.Step step = onlyStep();
        assertThat(
                        single(
                                "select cluster_id || ' ' || step_id from stat_job_run where status = 'SUBMITTED'"))
                .isEqualTo(step.clusterId() + " " + step.id());
        assertThat(outcomes)
                .extracting(outcome -> outcome.path("stepId").asText())
                .containsOnly(step.id());
        assertThat(outcomes)
                .filteredOn(outcome -> outcome.path("result").asText().equals("SUBMITTED"))
                .hasSize(submittedByRetries);
        assertThat(fake.steps().size() - stepsBefore).isEqualTo(submittedByRetries);
    }

    @Test
    void eightConcurrentInvocationsOfTheSameMonthSubmitExactlyOneStep() throws Exception {
        List<JsonNode> outcomes = concurrentScheduledInvocations();

        EmrFake.Step step = onlyStep();
        assertThat(fake.requests("AddJobFlowSteps")).hasSize(1);
        assertThat(outcomes)
                .extracting(outcome -> outcome.path("result").asText())
                .containsOnlyOnce("SUBMITTED")
                .containsOnly("SUBMITTED", "ALREADY_ACTIVE");
        assertThat(outcomes)
                .extracting(outcome -> outcome.path("stepId").asText())
                .containsOnly(step.id());
        assertThat(runRows(false)).containsExactly("SUBMITTED -");
    }

    @Test
    void aTransientClusterWhoseStepEmrDoesNotListAtFirstIsRecordedOnceListed() {
        env.remove("EMR_CLUSTER_ID");
        env.put("EMR_TRANSIENT_CLUSTER", "true");
        fake.listingLag(2);

        JsonNode outcome =
                EmrStub.read(invoke(LauncherEvents.scheduled(OCTOBER_RUN))).path("periods").get(0);

        String runId = single("select run_id from stat_job_run");
        JsonNode runJobFlow = fake.requests("RunJobFlow").get(0);
        assertThat(runJobFlow.path("Name").asText()).isEqualTo("stat-batch-" + runId);
        assertThat(runJobFlow.path("ReleaseLabel").asText()).isEqualTo("emr-7.5.0");
        assertThat(runJobFlow.path("Instances").path("KeepJobFlowAliveWhenNoSteps").asBoolean(true))
                .isFalse();
        assertThat(runJobFlow.path("Instances").path("InstanceCount").asInt()).isEqualTo(3);
        assertThat(runJobFlow.path("Applications").get(0).path("Name").asText()).isEqualTo("Spark");
        assertThat(runJobFlow.path("Steps").get(0).path("Name").asText())
                .isEqualTo("stat-batch-" + runId);
        assertThat(runJobFlow.path("Steps").get(0).path("HadoopJarStep").path("Args").toString())
                .endsWith("\"--run-id\",\"" + runId + "\"]");
        assertThat(fake.requests("ListSteps"))
                .hasSize(3)
                .allSatisfy(
                        request ->
                                assertThat(request.path("ClusterId").asText())
                                        .isEqualTo("j-FAKE1"));
        assertThat(outcome.path("result").asText()).isEqualTo("SUBMITTED");
        assertThat(outcome.path("stepId").asText()).isEqualTo("s-FAKE1");
        assertThat(Sql.rows(db, "select cluster_id || ' ' || step_id from stat_job_run"))
                .containsExactly("j-FAKE1 s-FAKE1");
    }

    @Test
    void aStepThatEndedWhileItsRunWasUnrecordedIsAdoptedThenResubmitted() throws Exception {
        fake.crashOn("AddJobFlowSteps", true);
        try (LauncherProcess doomed =
                LauncherProcess.start(
                        env, LauncherEvents.scheduled(OCTOBER_RUN), OCTOBER_RUN, work)) {
            fake.awaitCrashPoint(Duration.ofMinutes(1), doomed);
            doomed.kill();
        }
        fake.setState("s-FAKE1", "FAILED");

        JsonNode outcome =
                EmrStub.read(invoke(LauncherEvents.scheduled(OCTOBER_RUN))).path("periods").get(0);

        assertThat(outcome.path("result").asText()).isEqualTo("SUBMITTED");
        assertThat(outcome.path("stepId").asText()).isEqualTo("s-FAKE2");
        assertThat(
                        Sql.rows(
                                db,
                                "select status || ' ' || coalesce(error_stage, '-') || ' ' || step_id"
                                        + " from stat_job_run order by submitted_at"))
                .containsExactly("FAILED emr-step s-FAKE1", "SUBMITTED - s-FAKE2");
    }

    /** Fresh containers, started together, each answering one delivery of the same event. */
    private List<JsonNode> concurrentScheduledInvocations() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RETRIES);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (int i = 0; i < RETRIES; i++) {
                String requestId = "retry-" + i;
                Callable<JsonNode> invocation =
                        () -> {
                            LauncherHandler handler = new LauncherHandler(env, NOVEMBER);
                            start.await();
                            return EmrStub.read(
                                            LauncherEvents.invoke(
                                                    handler,
                                                    LauncherEvents.scheduled(OCTOBER_RUN),
                                                    new TestContext(requestId)))
                                    .path("periods")
                                    .get(0);
                        };
                answers.add(pool.submit(invocation));
            }
            start.countDown();
            List<JsonNode> outcomes = new ArrayList<>();
            for (Future<JsonNode> answer : answers) {
                outcomes.add(answer.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private EmrFake.Step onlyStep() {
        List<EmrFake.Step> steps = fake.steps();
        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).name()).startsWith("stat-batch-2026-10-");
        return steps.get(0);
    }

    /** Status and error stage of each run, oldest first; whether a step is recorded on request. */
    private List<String> runRows(boolean withStep) {
        return Sql.rows(
                db,
                "select status || ' ' || coalesce(error_stage, '-')"
                        + (withStep
                                ? " || case when step_id is null then ' no-step' else ' step' end"
                                : "")
                        + " from stat_job_run order by submitted_at");
    }
}
