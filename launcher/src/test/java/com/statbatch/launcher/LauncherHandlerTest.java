package com.statbatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.statbatch.common.testing.SnsStub;
import com.statbatch.common.testing.Sql;
import com.statbatch.launcher.testing.EmrStub;
import com.statbatch.launcher.testing.LauncherEvents;
import com.statbatch.launcher.testing.LauncherTestEnv;
import com.statbatch.launcher.testing.TestContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scheduled and manual launches end to end: sync, exactly-once submission, run rows, alerts. */
class LauncherHandlerTest extends HandlerTestBase {

    @Test
    void scheduledEventSyncsTheMastersAndSubmitsThePreviousMonthAsOneStep() {
        EmrStub.idleCluster(wireMock(), "s-1OCT");

        JsonNode response = EmrStub.read(invoke(LauncherEvents.scheduled(OCTOBER_RUN)));

        String runId = single("select run_id from stat_job_run");
        assertThat(EmrStub.requests(wireMock(), "AddJobFlowSteps"))
                .containsExactly(
                        EmrStub.read(
                                """
                {"JobFlowId":"%s","Steps":[{"Name":"stat-batch-%s","ActionOnFailure":"CONTINUE",
                 "HadoopJarStep":{"Jar":"command-runner.jar","Args":["spark-submit","--deploy-mode","cluster",
                 "--class","com.statbatch.job.StatBatchJob","--files","%s","%s","--period","2026-10",
                 "--period-id","%s","--config","stat-batch-prod.conf","--run-id","%s"]}}]}"""
                                        .formatted(
                                                EmrStub.CLUSTER,
                                                runId,
                                                LauncherTestEnv.JOB_CONFIG,
                                                LauncherTestEnv.JOB_JAR,
                                                single("select period_id from stat_period"),
                                                runId)));
        assertThat(EmrStub.requests(wireMock(), "ListSteps"))
                .containsExactly(
                        EmrStub.read(
                                "{\"ClusterId\":\""
                                        + EmrStub.CLUSTER
                                        + "\",\"StepStates\":[\"PENDING\",\"RUNNING\"]}"));
        assertThat(runId).startsWith("2026-10-");
        assertThat(
                        Sql.rows(
                                db,
                                "select status || ' ' || cluster_id || ' ' || step_id from stat_job_run"))
                .containsExactly("SUBMITTED " + EmrStub.CLUSTER + " s-1OCT");
        assertThat(
                        Sql.rows(
                                db,
                                "select building_id || ':' || name || ':' || active from stat_dimension order by 1"))
                .containsExactly("1:한빛빌딩:true", "2:푸른아파트:true", "3:새솔오피스텔:true");
        assertThat(
                        Sql.rows(
                                db,
                                "select start_date || ' ' || end_date || ' ' || time_zone from stat_period"))
                .containsExactly("2026-10-01 2026-11-01 Asia/Seoul");
        assertThat(response.path("trigger").asText()).isEqualTo("SCHEDULE");
        assertThat(response.path("periods"))
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.path("period").asText()).isEqualTo("2026-10");
                            assertThat(p.path("result").asText()).isEqualTo("SUBMITTED");
                            assertThat(p.path("runId").asText()).isEqualTo(runId);
                            assertThat(p.path("stepId").asText()).isEqualTo("s-1OCT");
                            assertThat(p.path("masterSync").path("inserted").asInt()).isEqualTo(3);
                        });
        assertThat(SnsStub.publishedMessages(snsWireMock())).isEmpty();
    }

    @Test
    void theSameEventDeliveredTwiceSubmitsOneStepAndReportsItTheSecondTime() {
        EmrStub.idleCluster(wireMock(), "s-1OCT");
        emr.stubFor(
                EmrStub.action("DescribeStep")
                        .willReturn(
                                EmrStub.describeStep(
                                        new EmrStub.Step(
                                                "s-1OCT", "stat-batch-2026-10", "PENDING"))));

        invoke(LauncherEvents.scheduled(OCTOBER_RUN));
        // A retry lands in a fresh container as often as not.
        JsonNode second =
                EmrStub.read(
                        LauncherEvents.invoke(
                                new LauncherHandler(env, NOVEMBER),
                                LauncherEvents.scheduled(OCTOBER_RUN),
                                new TestContext("retry-1")));

        assertThat(EmrStub.requests(wireMock(), "AddJobFlowSteps")).hasSize(1);
        assertThat(EmrStub.requests(wireMock(), "DescribeStep"))
                .containsExactly(
                        EmrStub.read(
                                "{\"ClusterId\":\""
                                        + EmrStub.CLUSTER
                                        + "\",\"StepId\":\"s-1OCT\"}"));
        assertThat(second.path("periods").get(0).path("result").asText())
                .isEqualTo("ALREADY_ACTIVE");
        assertThat(second.path("periods").get(0).path("stepId").asText()).isEqualTo("s-1OCT");
        assertThat(second.path("periods").get(0).path("stepState").asText()).isEqualTo("PENDING");
        assertThat(second.path("periods").get(0).path("runId").asText())
                .isEqualTo(single("select run_id from stat_job_run"));
        assertThat(single("select count(*) from stat_job_run")).isEqualTo("1");
    }

    @Test
    void aLiveStepOnTheClusterWithoutARunRowIsReportedAndNothingSubmitted() {
        emr.stubFor(
                EmrStub.action("ListSteps")
                        .willReturn(
                                EmrStub.listSteps(
                                        new EmrStub.Step(
                                                "s-LIVE", "stat-batch-2026-10", "RUNNING"))));

        JsonNode response = EmrStub.read(invoke(LauncherEvents.scheduled(OCTOBER_RUN)));

        assertThat(EmrStub.requests(wireMock(), "AddJobFlowSteps")).isEmpty();
        JsonNode outcome = response.path("periods").get(0);
        assertThat(outcome.path("result").asText()).isEqualTo("ALREADY_ACTIVE");
        assertThat(outcome.path("stepId").asText()).isEqualTo("s-LIVE");
        assertThat(outcome.has("runId")).isFalse();
        assertThat(single("select count(*) from stat_job_run")).isEqualTo("0");
    }

    @Test
    void aMonthWhoseLastRunFailedIsSubmittedAgain() {
        EmrStub.idleCluster(wireMock(), "s-1OCT");
        EmrStub.addJobFlowStepsInTurn(wireMock(), "s-1OCT", "s-2OCT");
        invoke(LauncherEvents.scheduled(OCTOBER_RUN));
        Sql.execute(db, "update stat_job_run set status = 'FAILED', error_stage = 'aggregate'");

        JsonNode response = EmrStub.read(invoke("{\"period\":\"2026-10\"}"));

        assertThat(EmrStub.submittedArgs(wireMock())).hasSize(2);
        assertThat(response.path("periods").get(0).path("result").asText()).isEqualTo("SUBMITTED");
        assertThat(response.path("periods").get(0).path("stepId").asText()).isEqualTo("s-2OCT");
        assertThat(
                        Sql.rows(
                                db,
                                "select status || ' ' || step_id from stat_job_run order by submitted_at"))
                .containsExactly("FAILED s-1OCT", "SUBMITTED s-2OCT");
    }

    @Test
    void aSubmittedRunWhoseStepEmrCancelledIsMarkedFailedAndTheMonthResubmitted() {
        EmrStub.idleCluster(wireMock(), "s-1OCT");
        EmrStub.addJobFlowStepsInTurn(wireMock(), "s-1OCT", "s-2OCT");
        emr.stubFor(
                EmrStub.action("DescribeStep")
                        .willReturn(
                                EmrStub.describeStep(
                                        new EmrStub.Step(
                                                "s-1OCT", "stat-batch-2026-10", "CANCELLED"))));
        invoke(LauncherEvents.scheduled(OCTOBER_RUN));

        JsonNode response = EmrStub.read(invoke(LauncherEvents.scheduled(OCTOBER_RUN)));

        assertThat(response.path("periods").get(0).path("stepId").asText()).isEqualTo("s-2OCT");
        assertThat(
                        Sql.rows(
                                db,
                                "select status || ' ' || step_id || ' ' || coalesce(error_stage, '-')"
                                        + " from stat_job_run order by submitted_at"))
                .containsExactly("FAILED s-1OCT emr-step", "SUBMITTED s-2OCT -");
        assertThat(single("select error_message from stat_job_run where step_id = 's-1OCT'"))
                .contains("s-1OCT")
                .contains("CANCELLED");
    }

    @Test
    void aRangeSubmitsOneStepPerMonthOldestFirst() {
        EmrStub.idleCluster(wireMock(), "s-X");
        EmrStub.addJobFlowStepsInTurn(wireMock(), "s-JAN", "s-FEB", "s-MAR");

        JsonNode response = EmrStub.read(invoke("{\"from\":\"2026-01\",\"to\":\"2026-03\"}"));

        assertThat(EmrStub.submittedArgs(wireMock()))
                .extracting(args -> args.get(args.indexOf("--period") + 1))
                .containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(EmrStub.requests(wireMock(), "AddJobFlowSteps"))
                .extracting(body -> body.path("Steps").get(0).path("Name").asText())
                .satisfiesExactly(
                        name -> assertThat(name).startsWith("stat-batch-2026-01-"),
                        name -> assertThat(name).startsWith("stat-batch-2026-02-"),
                        name -> assertThat(name).startsWith("stat-batch-2026-03-"));
        assertThat(response.path("periods"))
                .extracting(p -> p.path("stepId").asText())
                .containsExactly("s-JAN", "s-FEB", "s-MAR");
        assertThat(
                        Sql.rows(
                                db,
                                "select p.start_date || ' ' || r.step_id from stat_job_run r"
                                        + " join stat_period p using (period_id) order by p.start_date"))
                .containsExactly("2026-01-01 s-JAN", "2026-02-01 s-FEB", "2026-03-01 s-MAR");
    }

    @Test
    void emrThrottlingSendsAnAlertNamingMonthAndStageAndRethrows() {
        emr.stubFor(EmrStub.action("ListSteps").willReturn(EmrStub.listSteps()));
        emr.stubFor(
                EmrStub.action("AddJobFlowSteps")
                        .willReturn(EmrStub.error(400, "ThrottlingException", "Rate exceeded")));

        assertThatThrownBy(() -> invoke(LauncherEvents.scheduled(OCTOBER_RUN)))
                .isInstanceOf(LaunchFailedException.class)
                .hasMessageContaining("2026-10")
                .hasMessageContaining("submit")
                .hasMessageContaining("Rate exceeded");

        assertThat(SnsStub.publishedMessages(snsWireMock()))
                .singleElement()
                .satisfies(
                        alert -> {
                            assertThat(alert.topicArn()).isEqualTo(SnsStub.TOPIC);
                            assertThat(alert.subject())
                                    .isEqualTo("stat-batch launcher FAILED 2026-10 at submit");
                            assertThat(alert.message())
                                    .contains(
                                            "Period: 2026-10",
                                            "Stage: submit",
                                            "Rate exceeded",
                                            "Lambda request id: req-1");
                        });
        // EMR refused the request, so no step exists: the row says so and a retry submits anew.
        assertThat(single("select status || ' ' || error_stage from stat_job_run"))
                .isEqualTo("FAILED submit");
    }

    @Test
    void emrServerErrorOnTheLiveStepCheckIsAlertedAtTheCheckStage() {
        emr.stubFor(
                EmrStub.action("ListSteps")
                        .willReturn(
                                EmrStub.error(
                                        500,
                                        "InternalServerException",
                                        "EMR is having a bad day")));

        assertThatThrownBy(() -> invoke(LauncherEvents.scheduled(OCTOBER_RUN)))
                .isInstanceOf(LaunchFailedException.class)
                .hasMessageContaining("exactly-once-check");

        assertThat(EmrStub.requests(wireMock(), "AddJobFlowSteps")).isEmpty();
        assertThat(SnsStub.publishedMessages(snsWireMock()))
                .singleElement()
                .satisfies(
                        alert -> assertThat(alert.message()).contains("EMR is having a bad day"));
    }

    @Test
    void syncingTwiceLeavesTheSameTables() {
        EmrStub.idleCluster(wireMock(), "s-1OCT");
        emr.stubFor(
                EmrStub.action("DescribeStep")
                        .willReturn(
                                EmrStub.describeStep(
                                        new EmrStub.Step(
                                                "s-1OCT", "stat-batch-2026-10", "RUNNING"))));
        invoke(LauncherEvents.scheduled(OCTOBER_RUN));
        List<String> dimensions = tables();

        JsonNode second = EmrStub.read(invoke(LauncherEvents.scheduled(OCTOBER_RUN)));

        assertThat(tables()).isEqualTo(dimensions);
        JsonNode synced = second.path("periods").get(0).path("masterSync");
        assertThat(
                        synced.path("inserted").asInt()
                                + synced.path("updated").asInt()
                                + synced.path("deactivated").asInt())
                .isZero();
    }

    @Test
    void aMissingJobJarIsAConfigurationErrorNamingTheVariable() {
        env.remove("JOB_JAR_URI");

        assertThatThrownBy(() -> invoke(LauncherEvents.scheduled(OCTOBER_RUN)))
                .isInstanceOf(LaunchFailedException.class)
                .hasMessageContaining("configuration")
                .hasMessageContaining("JOB_JAR_URI");
        assertThat(SnsStub.publishedMessages(snsWireMock()))
                .singleElement()
                .satisfies(alert -> assertThat(alert.message()).contains("Stage: configuration"));
        assertThat(emr.getAllServeEvents()).isEmpty();
    }

    @Test
    void aMasterTableThatIsNotAnIdentifierIsAConfigurationErrorAlertedBeforeAnySync() {
        env.put("MASTER_TABLE", "building; drop table x");

        assertThatThrownBy(() -> invoke(LauncherEvents.scheduled(OCTOBER_RUN)))
                .isInstanceOf(LaunchFailedException.class)
                .hasMessageContaining("configuration")
                .hasMessageContaining("master.table")
                .hasMessageContaining("building; drop table x");
        assertThat(SnsStub.publishedMessages(snsWireMock()))
                .singleElement()
                .satisfies(
                        alert ->
                                assertThat(alert.subject())
                                        .isEqualTo(
                                                "stat-batch launcher FAILED (month not known) at configuration"));
        assertThat(emr.getAllServeEvents()).isEmpty();
        assertThat(single("select count(*) from stat_dimension")).isEqualTo("0");
    }

    @Test
    void theDatabasePasswordAppearsInNoStepArgumentAlertOrError() {
        String password = "hunter2-Secret!";
        env.put("DB_URL", "jdbc:postgresql://127.0.0.1:1/statbatch?password=" + password);
        env.put("DB_PASSWORD", password);

        assertThatThrownBy(() -> invoke(LauncherEvents.scheduled(OCTOBER_RUN)))
                .isInstanceOf(LaunchFailedException.class)
                .hasMessageContaining("database")
                .hasNoCause()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(password));
        assertThat(SnsStub.publishedMessages(snsWireMock()))
                .singleElement()
                .satisfies(
                        alert ->
                                assertThat(alert.message())
                                        .contains("127.0.0.1:1")
                                        .doesNotContain(password));
    }

    private List<String> tables() {
        List<String> rows =
                new ArrayList<>(
                        Sql.rows(
                                db,
                                "select building_id || ':' || name || ':' || coalesce(address, '') || ':' || active || ':' || updated_at"
                                        + " from stat_dimension order by building_id"));
        rows.addAll(
                Sql.rows(
                        db,
                        "select period_id || ':' || start_date || ':' || created_at from stat_period"));
        return rows;
    }
}
