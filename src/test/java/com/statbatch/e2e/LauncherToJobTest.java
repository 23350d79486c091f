package com.statbatch.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.statbatch.common.db.DbSettings;
import com.statbatch.common.testing.SnsStub;
import com.statbatch.common.testing.Sql;
import com.statbatch.e2e.support.JobConfigFile;
import com.statbatch.e2e.support.JvmProcess;
import com.statbatch.e2e.support.LogCapture;
import com.statbatch.e2e.support.RepoPaths;
import com.statbatch.e2e.support.SparkInstallation;
import com.statbatch.e2e.support.Tables;
import com.statbatch.job.testing.OctoberFixture;
import com.statbatch.job.testing.S3Server;
import com.statbatch.launcher.LauncherHandler;
import com.statbatch.launcher.testing.EmrStub;
import com.statbatch.launcher.testing.LauncherEvents;
import com.statbatch.launcher.testing.LauncherTestEnv;
import com.statbatch.launcher.testing.TestContext;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly trigger end to end: the launcher handler submits a step to the EMR stub, and the
 * spark-submit command of that step is run for real on the job jar (a local master stands in for
 * YARN), against PostgreSQL, the S3 server and the SNS stub.
 */
class LauncherToJobTest {

    @RegisterExtension static WireMockExtension aws = WireMockExtension.newInstance().build();

    @TempDir static Path sparkHome;
    @TempDir Path work;
    private final StringBuilder jobLogs = new StringBuilder();

    static S3Server s3;
    static SparkInstallation spark;
    DbSettings db;

    private static final Instant NOVEMBER_FIRST_KST = Instant.parse("2026-10-31T16:00:00Z");

    @BeforeAll
    static void servers() throws Exception {
        s3 = new S3Server();
        s3.createBucket("reports");
        spark = SparkInstallation.create(sparkHome);
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
    }

    @BeforeEach
    void database() throws Exception {
        db = OctoberFixture.freshDatabase();
        aws.stubFor(
                post(urlEqualTo("/"))
                        .withRequestBody(WireMock.containing("Action=Publish"))
                        .willReturn(SnsStub.publishOk("msg")));
    }

    private String launch(String event, Instant now) {
        Map<String, String> env = LauncherTestEnv.of(db, aws.baseUrl(), aws.baseUrl());
        env.put(
                "SPARK_SUBMIT_ARGS",
                s3.s3aSettings().entrySet().stream()
                        .map(e -> "--conf spark.hadoop." + e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" ")));
        LauncherHandler handler = new LauncherHandler(env, Clock.fixed(now, ZoneOffset.UTC));
        return LauncherEvents.invoke(handler, event, new TestContext("e2e"));
    }

    /**
     * Runs a submitted step's command as EMR would, with two stand-ins: a local master for YARN
     * cluster mode, and local copies of the jar and the configuration file for their S3 URIs (YARN
     * localises --files into the driver's working directory, hence the copy there).
     */
    private int runStep(List<String> stepArgs, String name) throws Exception {
        Path config =
                new JobConfigFile(db, "s3a://reports/monthly")
                        .set("notify.sns-topic-arn", SnsStub.TOPIC)
                        .set("aws.region", "ap-northeast-2")
                        .set("aws.sns-endpoint", aws.baseUrl())
                        .set("aws.s3-endpoint", s3.endpoint())
                        .writeTo(
                                work.resolve(
                                        Path.of(URI.create(LauncherTestEnv.JOB_CONFIG).getPath())
                                                .getFileName()));
        assertThat(stepArgs.get(0)).isEqualTo("spark-submit");
        List<String> args = new ArrayList<>();
        for (int i = 1; i < stepArgs.size(); i++) {
            String arg = stepArgs.get(i);
            if (arg.equals("--deploy-mode")) {
                args.addAll(List.of("--master", "local[2]"));
                i++;
            } else if (arg.equals(LauncherTestEnv.JOB_CONFIG)) {
                args.add(config.toString());
            } else if (arg.equals(LauncherTestEnv.JOB_JAR)) {
                args.add(RepoPaths.jobJar().toString());
            } else {
                args.add(arg);
            }
        }
        try (JvmProcess submit =
                spark.sparkSubmit(
                        name,
                        args,
                        work,
                        Map.of(
                                "AWS_ACCESS_KEY_ID",
                                S3Server.ACCESS_KEY,
                                "AWS_SECRET_ACCESS_KEY",
                                S3Server.SECRET_KEY))) {
            int exit = submit.await(Duration.ofMinutes(5));
            System.out.println(submit.output());
            jobLogs.append(submit.output());
            return exit;
        }
    }

    private static String runIdOf(List<String> stepArgs) {
        return stepArgs.get(stepArgs.indexOf("--run-id") + 1);
    }

    @Test
    void scheduledEventSubmitsAStepWhoseCommandProducesTheMonthsResults() throws Exception {
        EmrStub.idleCluster(aws.getRuntimeInfo().getWireMock(), "s-E2E00001");

        launch(LauncherEvents.scheduled(NOVEMBER_FIRST_KST), NOVEMBER_FIRST_KST);
        List<String> step = EmrStub.submittedArgs(aws.getRuntimeInfo().getWireMock()).get(0);

        assertThat(step).containsSequence("--period", "2026-10");
        assertThat(runStep(step, "october")).isZero();

        assertThat(
                        Sql.one(
                                db,
                                "select status || '|' || cluster_id || '|' || step_id || '|' || documents"
                                        + " from stat_job_run where run_id = '"
                                        + runIdOf(step)
                                        + "'"))
                .isEqualTo("SUCCEEDED|" + EmrStub.CLUSTER + "|s-E2E00001|8");
        assertThat(
                        Sql.rows(
                                db,
                                "select building_id, term from stat_keyword where rank = 1 order by 1"))
                .containsExactly("101|엘리베이터", "102|층간소음", "103|곰팡이");
        byte[] csv = s3.get("reports", "monthly/stat/2026-10-01_2026-10-31/building_keywords.csv");
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFperiod_start,");

        SnsStub.Published done =
                SnsStub.publishedMessages(aws.getRuntimeInfo().getWireMock()).get(0);
        assertThat(done.subject()).isEqualTo("stat-batch 2026-10 SUCCEEDED");
        HttpResponse<byte[]> download = done.download();
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(csv);
    }

    @Test
    void aCustomRangeOfDaysIsSubmittedAsOneStepTheJobAcceptsAndRuns() throws Exception {
        EmrStub.idleCluster(aws.getRuntimeInfo().getWireMock(), "s-RANGE001");

        launch("{\"from\":\"2026-10-01\",\"to\":\"2026-10-15\"}", NOVEMBER_FIRST_KST);
        List<String> step = EmrStub.submittedArgs(aws.getRuntimeInfo().getWireMock()).get(0);
        String periodId =
                Sql.one(
                        db,
                        "select period_id from stat_period where period_type = 'CUSTOM'"
                                + " and start_date = '2026-10-01' and end_date = '2026-10-16'");

        assertThat(step)
                .containsSequence("--from", "2026-10-01", "--to", "2026-10-15")
                .containsSequence("--period-id", periodId)
                .doesNotContain("--period");
        assertThat(runStep(step, "first-half")).isZero();

        assertThat(
                        Sql.one(
                                db,
                                "select status || '|' || period_id || '|' || step_id || '|' || documents || '|' || buildings"
                                        + " from stat_job_run where run_id = '"
                                        + runIdOf(step)
                                        + "'"))
                .isEqualTo("SUCCEEDED|" + periodId + "|s-RANGE001|5|2");
        assertThat(Sql.rows(db, "select count(*) from stat_period")).containsExactly("1");
        assertThat(
                        Sql.rows(
                                db,
                                "select building_id || ' ' || term from stat_keyword"
                                        + " where rank = 1 and period_id = "
                                        + periodId
                                        + " order by 1"))
                .containsExactly("101 엘리베이터", "102 층간소음");
        assertThat(s3.keys("reports"))
                .contains("monthly/stat/2026-10-01_2026-10-15/building_keywords.csv");
        assertThat(SnsStub.publishedMessages(aws.getRuntimeInfo().getWireMock()).get(0).subject())
                .isEqualTo("stat-batch 2026-10-01_2026-10-15 SUCCEEDED");
    }

    @Test
    void jobThatFailsMidWriteKeepsThePreviousResultsAndReportsTheFailure() throws Exception {
        EmrStub.addJobFlowStepsInTurn(aws.getRuntimeInfo().getWireMock(), "s-FIRST", "s-SECOND");
        aws.stubFor(EmrStub.action("ListSteps").willReturn(EmrStub.listSteps()));
        launch(LauncherEvents.scheduled(NOVEMBER_FIRST_KST), NOVEMBER_FIRST_KST);
        List<String> first = EmrStub.submittedArgs(aws.getRuntimeInfo().getWireMock()).get(0);
        assertThat(runStep(first, "first")).isZero();
        List<String> before = Tables.results(db);

        // New text for building 102, and a rule in the database that the new results break: the
        // swap transaction fails after it has deleted the old rows.
        Sql.execute(
                db,
                "insert into building_text values (60, 102, '2026-10-28T10:00:00+09:00', '택배 분실 택배 분실')");
        Sql.execute(db, "alter table stat_keyword add constraint no_parcels check (term <> '택배')");
        launch("{\"period\":\"2026-10\"}", NOVEMBER_FIRST_KST.plus(Duration.ofDays(2)));
        List<String> second = EmrStub.submittedArgs(aws.getRuntimeInfo().getWireMock()).get(1);

        assertThat(runStep(second, "second")).isEqualTo(1);

        assertThat(Tables.results(db)).isEqualTo(before);
        assertThat(
                        Sql.one(
                                db,
                                "select status || '|' || error_stage from stat_job_run where run_id = '"
                                        + runIdOf(second)
                                        + "'"))
                .isEqualTo("FAILED|write-db");
        assertThat(
                        Sql.one(
                                db,
                                "select error_message from stat_job_run where run_id = '"
                                        + runIdOf(second)
                                        + "'"))
                .contains("no_parcels");
        SnsStub.Published alert =
                SnsStub.publishedMessages(aws.getRuntimeInfo().getWireMock()).get(1);
        assertThat(alert.subject()).isEqualTo("stat-batch 2026-10 FAILED in write-db");
        assertThat(alert.message()).contains(runIdOf(second), "no_parcels");
        assertThat(EmrStub.submittedArgs(aws.getRuntimeInfo().getWireMock())).hasSize(2);
    }

    @Test
    void theDatabasePasswordAppearsInNoLogLineStepArgumentMessageReportOrRunRow() throws Exception {
        String password = "Recognisable-Pw-7f3Q9z";
        String role = "stat_app_" + ProcessHandle.current().pid();
        Sql.execute(
                db,
                "do $$ begin if not exists (select from pg_roles where rolname = '"
                        + role
                        + "') then create role "
                        + role
                        + " login superuser; end if; end $$");
        Sql.execute(db, "alter role " + role + " password '" + password + "'");
        db = new DbSettings(db.url(), role, password);
        EmrStub.addJobFlowStepsInTurn(aws.getRuntimeInfo().getWireMock(), "s-OK", "s-BROKEN");
        aws.stubFor(EmrStub.action("ListSteps").willReturn(EmrStub.listSteps()));
        List<String> answers = new ArrayList<>();
        try (LogCapture launcherLogs = new LogCapture()) {
            // A month that succeeds, a rerun that fails in the swap, a launch EMR refuses.
            answers.add(launch(LauncherEvents.scheduled(NOVEMBER_FIRST_KST), NOVEMBER_FIRST_KST));
            assertThat(runStep(lastStep(), "ok")).isZero();
            Sql.execute(
                    db,
                    "insert into building_text values"
                            + " (61, 102, '2026-10-28T10:00:00+09:00', '택배 분실 택배 분실')");
            Sql.execute(
                    db, "alter table stat_keyword add constraint no_parcels check (term <> '택배')");
            answers.add(launch("{\"period\":\"2026-10\"}", NOVEMBER_FIRST_KST));
            assertThat(runStep(lastStep(), "broken")).isEqualTo(1);
            aws.stubFor(
                    EmrStub.action("AddJobFlowSteps")
                            .atPriority(1)
                            .willReturn(
                                    EmrStub.error(
                                            400, "ValidationException", "Cluster is terminated")));
            try {
                answers.add(launch("{\"period\":\"2026-10\"}", NOVEMBER_FIRST_KST));
            } catch (RuntimeException e) {
                answers.add(e.toString());
            }
            answers.add(launcherLogs.text());
        }
        assertThat(answers.get(answers.size() - 1))
                .as("the launcher's captured log")
                .contains("submitted as run", "stat-batch launcher FAILED 2026-10 at submit");

        List<String> reports = new ArrayList<>();
        for (String key : s3.keys("reports")) {
            reports.add(key + "\n" + new String(s3.get("reports", key), StandardCharsets.UTF_8));
        }
        List<SnsStub.Published> messages =
                SnsStub.publishedMessages(aws.getRuntimeInfo().getWireMock());
        assertThat(messages)
                .extracting(SnsStub.Published::subject)
                .containsExactly(
                        "stat-batch 2026-10 SUCCEEDED",
                        "stat-batch 2026-10 FAILED in write-db",
                        "stat-batch launcher FAILED 2026-10 at submit");
        assertThat(reports).isNotEmpty();
        assertThat(Sql.rows(db, "select status from stat_job_run order by submitted_at"))
                .containsExactly("SUCCEEDED", "FAILED", "FAILED");
        assertThat(jobLogs).as("the job's driver log").contains("SUCCEEDED 2026-10", "no_parcels");
        assertThat(answers)
                .as("the launcher's log lines, answers and errors")
                .noneMatch(text -> text.contains(password));
        assertThat(jobLogs.toString()).as("the job's log lines").doesNotContain(password);
        assertThat(EmrStub.submittedArgs(aws.getRuntimeInfo().getWireMock()))
                .as("the step arguments")
                .hasSize(3)
                .allSatisfy(args -> assertThat(String.join(" ", args)).doesNotContain(password));
        assertThat(messages)
                .as("the SNS messages")
                .allSatisfy(m -> assertThat(m.subject() + m.message()).doesNotContain(password));
        assertThat(reports).as("the CSV reports").noneMatch(text -> text.contains(password));
        assertThat(Sql.rows(db, "select row_to_json(r)::text from stat_job_run r"))
                .as("every stat_job_run column")
                .noneMatch(row -> row.contains(password));
    }

    private List<String> lastStep() {
        List<List<String>> steps = EmrStub.submittedArgs(aws.getRuntimeInfo().getWireMock());
        return steps.get(steps.size() - 1);
    }
}
