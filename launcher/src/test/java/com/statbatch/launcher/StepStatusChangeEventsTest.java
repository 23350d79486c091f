package com.statbatch.launcher;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.statbatch.common.testing.SnsStub;
import com.statbatch.common.testing.Sql;
import com.statbatch.launcher.testing.EmrStub;
import com.statbatch.launcher.testing.LauncherEvents;
import com.statbatch.launcher.testing.TestContext;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EMR "Step Status Change" events (the documented sample's shape, see {@link
 * LauncherEvents#stepStatusChange}): a step that died outside the job's code closes its run once.
 */
class StepStatusChangeEventsTest extends HandlerTestBase {

    private static final String STEP = "s-1OCT";
    private static final String NAME = "stat-batch-2026-10";

    private String runId;

    @BeforeEach
    void aSubmittedOctoberRun() {
        EmrStub.idleCluster(wireMock(), STEP);
        invoke(LauncherEvents.scheduled(OCTOBER_RUN));
        runId = single("select run_id from stat_job_run");
        sns.resetRequests();
        emr.resetRequests();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"FAILED", "CANCELLED", "INTERRUPTED"})
    void aStepThatEndsBadlyWhileItsRunIsOpenMarksTheRunFailedWithEmrsReasonAndAlertsOnce(
            String state) {
        Sql.execute(db, "update stat_job_run set status = 'RUNNING'");
        failureDetails(
                "Container killed by YARN for exceeding physical memory limits.",
                "s3://emr-logs/j-2AXXXXXXGAPLF/steps/s-1OCT/stderr.gz");

        JsonNode response = stepEvent(state);

        assertThat(response.path("result").asText()).isEqualTo("MARKED_FAILED");
        assertThat(response.path("runId").asText()).isEqualTo(runId);
        assertThat(response.path("period").asText()).isEqualTo("2026-10");
        assertThat(
                        Sql.rows(
                                db,
                                "select status || ' | ' || error_stage || ' | ' || error_message"
                                        + " || ' | ' || (finished_at is not null) from stat_job_run"))
                .containsExactly(
                        "FAILED | emr-step | EMR step s-1OCT on j-2AXXXXXXGAPLF ended "
                                + state
                                + " before the job recorded an outcome: Step s-1OCT (stat-batch-2026-10)"
                                + " in Amazon EMR cluster j-2AXXXXXXGAPLF (stat-batch) "
                                + state.toLowerCase(Locale.ROOT)
                                + " at 2026-11-01 02:53 UTC. (Container killed by YARN for exceeding"
                                + " physical memory limits.; log s3://emr-logs/j-2AXXXXXXGAPLF/steps/s-1OCT/stderr.gz)"
                                + " | true");
        SnsStub.Published alert = onlyAlert();
        assertThat(alert.subject()).isEqualTo("stat-batch FAILED 2026-10: EMR step " + state);
        assertThat(alert.message())
                .contains(
                        "Period: 2026-10",
                        "Run: " + runId + " (was RUNNING, now FAILED at stage emr-step)",
                        "Step: s-1OCT (stat-batch-2026-10) on j-2AXXXXXXGAPLF",
                        "POST /runs {\"period\":\"2026-10\"}",
                        "Lambda request id: req-1");

        assertThat(EmrStub.requests(wireMock(), "DescribeStep"))
                .containsExactly(
                        EmrStub.read("{\"ClusterId\":\"j-2AXXXXXXGAPLF\",\"StepId\":\"s-1OCT\"}"));
    }

    @Test
    void theSameEventDeliveredTwiceAlertsOnceAndLeavesTheFirstRecord() {
        failureDetails("Unknown Error.", "");
        stepEvent("FAILED");
        String recorded = single("select error_message || finished_at from stat_job_run");

        JsonNode second =
                EmrStub.read(
                        LauncherEvents.invoke(
                                new LauncherHandler(env, NOVEMBER),
                                LauncherEvents.stepStatusChange(
                                        STEP, NAME, EmrStub.CLUSTER, "FAILED"),
                                new TestContext("retry-1")));

        assertThat(second.path("result").asText()).isEqualTo("ALREADY_RECORDED");
        assertThat(second.path("runStatus").asText()).isEqualTo("FAILED");
        assertThat(single("select error_message || finished_at from stat_job_run"))
                .isEqualTo(recorded);
        assertThat(SnsStub.publishedMessages(snsWireMock())).hasSize(1);
    }

    @Test
    void aRunTheJobAlreadyMarkedFailedKeepsItsOwnStageAndNoSecondAlertIsSent() {
        Sql.execute(
                db,
                "update stat_job_run set status = 'FAILED', error_stage = 'write-db',"
                        + " error_message = 'java.sql.SQLException: disk full', finished_at = now()");

        JsonNode response = stepEvent("FAILED");

        assertThat(response.path("result").asText()).isEqualTo("ALREADY_RECORDED");
        assertThat(single("select error_stage || ': ' || error_message from stat_job_run"))
                .isEqualTo("write-db: java.sql.SQLException: disk full");
        assertThat(SnsStub.publishedMessages(snsWireMock())).isEmpty();
        assertThat(emr.getAllServeEvents()).isEmpty();
    }

    @Test
    void aSucceededRunStaysSucceededWhenItsStepFailsAfterwards() {
        Sql.execute(db, "update stat_job_run set status = 'SUCCEEDED', finished_at = now()");

        JsonNode response = stepEvent("FAILED");

        assertThat(response.path("result").asText()).isEqualTo("ALREADY_RECORDED");
        assertThat(response.path("runStatus").asText()).isEqualTo("SUCCEEDED");
        assertThat(single("select status from stat_job_run")).isEqualTo("SUCCEEDED");
        assertThat(SnsStub.publishedMessages(snsWireMock())).isEmpty();
    }

    @Test
    void anotherProjectsStepIsIgnoredWithoutTouchingTheDatabaseEmrOrSns() {
        JsonNode response =
                EmrStub.read(
                        invoke(
                                LauncherEvents.stepStatusChange(
                                        STEP, "CustomJAR", EmrStub.CLUSTER, "FAILED")));

        assertThat(response.path("result").asText()).isEqualTo("IGNORED");
        assertThat(single("select status from stat_job_run")).isEqualTo("SUBMITTED");
        assertThat(SnsStub.publishedMessages(snsWireMock())).isEmpty();
        assertThat(emr.getAllServeEvents()).isEmpty();
    }

    @Test
    void aCompletedStepIsNotAFailure() {
        JsonNode response =
                EmrStub.read(
                        invoke(
                                LauncherEvents.stepStatusChange(
                                        STEP, NAME, EmrStub.CLUSTER, "COMPLETED")));

        assertThat(response.path("result").asText()).isEqualTo("IGNORED");
        assertThat(single("select status from stat_job_run")).isEqualTo("SUBMITTED");
        assertThat(SnsStub.publishedMessages(snsWireMock())).isEmpty();
    }

    @Test
    void aFailedProjectStepThatNoRunRecordsIsAlertedWithoutMarkingAnything() {
        failureDetails("Unknown Error.", "");

        JsonNode response =
                EmrStub.read(
                        invoke(
                                LauncherEvents.stepStatusChange(
                                        "s-LOST", NAME, EmrStub.CLUSTER, "FAILED")));

        assertThat(response.path("result").asText()).isEqualTo("NO_RUN_ROW");
        assertThat(single("select status from stat_job_run")).isEqualTo("SUBMITTED");
        assertThat(onlyAlert().message())
                .contains(
                        "Run: none: no stat_job_run row has this step",
                        "Step: s-LOST (stat-batch-2026-10)");
    }

    @Test
    void anSnsOutageFailsTheInvocationAndLeavesTheRunOpenForLambdasRetry() {
        Sql.execute(db, "update stat_job_run set status = 'RUNNING'");
        failureDetails("Unknown Error.", "");
        sns.stubFor(post("/").willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> stepEvent("FAILED"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(
                        "Recording the end of EMR step s-1OCT (stat-batch-2026-10, FAILED) failed")
                .hasMessageContaining("dead-letter queue");

        assertThat(single("select status from stat_job_run")).isEqualTo("RUNNING");
    }

    @Test
    void anEventWithoutAStepIdIsRejectedNamingTheField() {
        String event =
                LauncherEvents.stepStatusChange(STEP, NAME, EmrStub.CLUSTER, "FAILED")
                        .replace("\"stepId\":\"s-1OCT\",", "");

        assertThatThrownBy(() -> invoke(event))
                .isInstanceOf(BadEventException.class)
                .hasMessageStartingWith("Field 'detail.stepId' is missing");
        assertThat(single("select status from stat_job_run")).isEqualTo("SUBMITTED");
    }

    private JsonNode stepEvent(String state) {
        return EmrStub.read(
                invoke(LauncherEvents.stepStatusChange(STEP, NAME, EmrStub.CLUSTER, state)));
    }

    private static void failureDetails(String reason, String logFile) {
        wireMock()
                .register(
                        EmrStub.action("DescribeStep")
                                .willReturn(
                                        EmrStub.describeStepFailed(
                                                new EmrStub.Step(STEP, NAME, "FAILED"),
                                                Map.of("Reason", reason, "LogFile", logFile))));
    }
}
