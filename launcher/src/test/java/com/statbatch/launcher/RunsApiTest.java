package com.statbatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.statbatch.common.testing.SnsStub;
import com.statbatch.common.testing.Sql;
import com.statbatch.launcher.testing.EmrStub;
import com.statbatch.launcher.testing.LauncherEvents;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** POST /runs on the stack's HTTP API: 202 with the run ids, 409 while running, 400 per field. */
class RunsApiTest extends HandlerTestBase {

    @Test
    void aRangeIsAcceptedWith202AndTheRunIdOfEachMonthInOrder() {
        EmrStub.addJobFlowStepsInTurn(wireMock(), "s-AUG", "s-SEP");
        wireMock().register(EmrStub.action("ListSteps").willReturn(EmrStub.listSteps()));

        JsonNode response = post("{\"from\":\"2026-08\",\"to\":\"2026-09\"}");

        assertThat(response.path("statusCode").asInt()).isEqualTo(202);
        JsonNode body = EmrStub.read(response.path("body").asText());
        assertThat(texts(body.path("runIds")))
                .containsExactlyElementsOf(
                        Sql.rows(
                                db,
                                "select run_id from stat_job_run r join stat_period p using (period_id)"
                                        + " order by p.start_date"));
        assertThat(texts(body.path("runIds"))).allMatch(id -> id.matches("2026-0[89]-.+"));
        assertThat(body.has("error")).isFalse();
        assertThat(
                        Sql.rows(
                                db,
                                "select p.start_date || ' ' || r.step_id || ' ' || r.status from stat_job_run r"
                                        + " join stat_period p using (period_id) order by p.start_date"))
                .containsExactly("2026-08-01 s-AUG SUBMITTED", "2026-09-01 s-SEP SUBMITTED");
    }

    @Test
    void aMonthThatIsRunningIsAnswered409WithTheLiveRunAndNothingIsSubmitted() {
        EmrStub.idleCluster(wireMock(), "s-SEP");
        septemberStepRunning();
        post("{\"period\":\"2026-09\"}");

        JsonNode response = post("{\"period\":\"2026-09\"}");

        assertThat(response.path("statusCode").asInt()).isEqualTo(409);
        JsonNode body = EmrStub.read(response.path("body").asText());
        String runId = single("select run_id from stat_job_run");
        assertThat(body.path("runIds")).isEmpty();
        assertThat(body.path("error").asText())
                .startsWith(
                        "Nothing submitted: already running: 2026-09 ALREADY_ACTIVE run " + runId)
                .contains("step s-SEP", "(RUNNING)");
        assertThat(body.path("periods").get(0).path("runId").asText()).isEqualTo(runId);
        assertThat(EmrStub.requests(wireMock(), "AddJobFlowSteps")).hasSize(1);
        assertThat(SnsStub.publishedMessages(snsWireMock())).isEmpty();
    }

    @Test
    void aRangeWithOneMonthRunningSubmitsTheOthersAndIsAccepted() {
        EmrStub.addJobFlowStepsInTurn(wireMock(), "s-SEP", "s-AUG");
        wireMock().register(EmrStub.action("ListSteps").willReturn(EmrStub.listSteps()));
        septemberStepRunning();
        post("{\"period\":\"2026-09\"}");

        JsonNode response = post("{\"from\":\"2026-08\",\"to\":\"2026-09\"}");

        assertThat(response.path("statusCode").asInt()).isEqualTo(202);
        JsonNode body = EmrStub.read(response.path("body").asText());
        assertThat(texts(body.path("runIds")))
                .singleElement()
                .satisfies(id -> assertThat(id).startsWith("2026-08-"));
        assertThat(
                        StreamSupport.stream(body.path("periods").spliterator(), false)
                                .map(
                                        p ->
                                                p.path("period").asText()
                                                        + " "
                                                        + p.path("result").asText())
                                .toList())
                .containsExactly("2026-08 SUBMITTED", "2026-09 ALREADY_ACTIVE");
    }

    @Test
    void aBadBodyIsAnswered400NamingTheField() {
        JsonNode response = post("{\"from\":\"2026-08\"}");

        assertThat(response.path("statusCode").asInt()).isEqualTo(400);
        JsonNode error = EmrStub.read(response.path("body").asText());
        assertThat(error.path("field").asText()).isEqualTo("to");
        assertThat(error.path("error").asText())
                .isEqualTo("Field 'to' is missing; expected a string YYYY-MM, e.g. \"2026-09\"");
        assertThat(emr.getAllServeEvents()).isEmpty();
    }

    private static void septemberStepRunning() {
        wireMock()
                .register(
                        EmrStub.action("DescribeStep")
                                .willReturn(
                                        EmrStub.describeStep(
                                                new EmrStub.Step(
                                                        "s-SEP",
                                                        "stat-batch-2026-09",
                                                        "RUNNING"))));
    }

    private JsonNode post(String body) {
        return EmrStub.read(invoke(LauncherEvents.runsApi(body)));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
