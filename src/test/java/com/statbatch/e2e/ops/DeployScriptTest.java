package com.statbatch.e2e.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.statbatch.e2e.ops.DeployScript.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** scripts/deploy.sh --dry-run: the complete deployment it prints, and the options it refuses. */
class DeployScriptTest {

    private static final Path REPO = RepositoryRoot.find();
    private static final String REGION = "ap-northeast-2";
    private static final String CLUSTER = "j-2AXXXXXXGAPLF";
    private static final String SECRET =
            "arn:aws:secretsmanager:ap-northeast-2:123456789012:secret:statbatch-db-AbCdEf";
    private static final String RELEASE = "20260501T000000Z-test";
    private static final String RELEASE_URI =
            "s3://my-artefacts/ops/stat-batch/releases/" + RELEASE;

    /** The options a deployment needs, plus a fixed release so that the output is predictable. */
    private static final List<String> REQUIRED =
            List.of(
                    "--bucket",
                    "my-artefacts",
                    "--region",
                    REGION,
                    "--cluster-id",
                    CLUSTER,
                    "--db-secret-arn",
                    SECRET);

    private static final List<String> SAMPLE =
            concat(
                    REQUIRED,
                    List.of(
                            "--prefix",
                            "ops/stat-batch",
                            "--stack-name",
                            "stat-batch-prod",
                            "--release",
                            RELEASE,
                            "--dry-run"));

    private static String version;
    private static List<String> dictionaries;

    @TempDir Path scratch;
    private DeployScript script;

    @BeforeAll
    static void readProject() throws IOException {
        Matcher parent =
                Pattern.compile(
                                "<artifactId>stat-batch-parent</artifactId>\\s*<version>([^<]+)</version>")
                        .matcher(Files.readString(REPO.resolve("pom.xml")));
        assertThat(parent.find()).as("the parent pom's version").isTrue();
        version = parent.group(1);
        try (Stream<Path> files = Files.list(REPO.resolve("conf/nlp"))) {
            dictionaries = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @BeforeEach
    void standIns() throws IOException {
        script = new DeployScript(scratch, REPO);
    }

    @Test
    void dryRunPrintsTheWholeDeploymentAndRunsNothing() throws Exception {
        Run run = script.run(SAMPLE);

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<String> expected = new ArrayList<>();
        expected.add("+ mvn -B -q -DskipTests package -pl job,launcher -am");
        expected.add(
                "+ aws s3 cp job/target/stat-batch-job-"
                        + version
                        + ".jar "
                        + RELEASE_URI
                        + "/stat-batch-job.jar --region ap-northeast-2 --only-show-errors");
        expected.add(
                "+ aws s3 cp conf/stat-batch.conf "
                        + RELEASE_URI
                        + "/conf/stat-batch.conf --region ap-northeast-2 --only-show-errors");
        expected.add(
                "+ aws s3 cp conf/log4j2.xml "
                        + RELEASE_URI
                        + "/conf/log4j2.xml --region ap-northeast-2 --only-show-errors");
        dictionaries.forEach(
                name ->
                        expected.add(
                                "+ aws s3 cp conf/nlp/"
                                        + name
                                        + " "
                                        + RELEASE_URI
                                        + "/nlp/"
                                        + name
                                        + " --region ap-northeast-2 --only-show-errors"));
        expected.add(
                "+ aws s3 cp launcher/target/stat-batch-launcher-"
                        + version
                        + "-lambda.jar "
                        + RELEASE_URI
                        + "/stat-batch-launcher-lambda.jar --region ap-northeast-2 --only-show-errors");
        expected.add(
                "+ aws cloudformation deploy --region ap-northeast-2 --stack-name stat-batch-prod"
                        + " --template-file conf/infra/stat-batch.yaml --capabilities CAPABILITY_NAMED_IAM"
                        + " --no-fail-on-empty-changeset --parameter-overrides ArtifactBucket=my-artefacts"
                        + " ArtifactPrefix=ops/stat-batch ReleaseId="
                        + RELEASE
                        + " ClusterId="
                        + CLUSTER
                        + " DbSecretArn="
                        + SECRET
                        + " DbMigrate=true ReportBucket=my-artefacts"
                        + " ReportKeyPrefix=ops/stat-batch/reports InputBucket= InputKeyPrefix= JobInstanceRoleName="
                        + " SparkSubmitArgs= AlertEmail= SubnetIds= SecurityGroupIds=");
        expected.add(
                "+ aws cloudformation describe-stacks --region ap-northeast-2 --stack-name stat-batch-prod"
                        + " --query 'Stacks[0].Outputs' --output table");
        assertThat(run.commandLines()).containsExactlyElementsOf(expected);
        assertThat(run.stdout()).endsWith("Dry run: nothing was built, uploaded or deployed.\n");
        assertThat(script.toolCalls()).isEmpty();
    }

    @Test
    void dryRunListsEveryResourceOfTheTemplateWithItsType() throws Exception {
        Run run = script.run(SAMPLE);
        InfraTemplate template = InfraTemplate.load();
        List<String> expected = new ArrayList<>();
        template.root()
                .path("Resources")
                .fields()
                .forEachRemaining(
                        resource ->
                                expected.add(
                                        resource.getKey()
                                                + " "
                                                + resource.getValue().path("Type").asText()));

        List<String> listed =
                run.stdout()
                        .lines()
                        .dropWhile(line -> !line.startsWith("The stack stat-batch-prod holds"))
                        .skip(1)
                        .takeWhile(line -> line.startsWith("  "))
                        .map(line -> line.strip().replaceAll("\\s+", " "))
                        .toList();

        assertThat(listed)
                .containsExactlyElementsOf(expected)
                .contains(
                        "StepFailureRule AWS::Events::Rule",
                        "FreshnessCheckSchedule AWS::Events::Rule",
                        "LauncherErrorsAlarm AWS::CloudWatch::Alarm",
                        "DeadLetterQueueAlarm AWS::CloudWatch::Alarm",
                        "RunsRoute AWS::ApiGatewayV2::Route");
    }

    @Test
    void theUploadsLandWhereTheStackLooksForThem() throws Exception {
        Run run = script.run(SAMPLE);
        Map<String, String> parameters = parameterOverrides(run);
        InfraTemplate template = InfraTemplate.load();
        JsonNode function = template.resource("LauncherFunction").path("Properties");
        JsonNode variables = function.path("Environment").path("Variables");

        List<String> fields = new ArrayList<>();
        template.root().path("Parameters").fieldNames().forEachRemaining(fields::add);
        assertThat(parameters.keySet())
                .as("every template parameter, on every deploy")
                .containsExactlyElementsOf(fields);

        assertThat(
                        uploadTarget(
                                run,
                                "launcher/target/stat-batch-launcher-" + version + "-lambda.jar"))
                .isEqualTo(
                        "s3://"
                                + parameters.get("ArtifactBucket")
                                + "/"
                                + substitute(
                                        function.path("Code")
                                                .path("S3Key")
                                                .path("Fn::Sub")
                                                .asText(),
                                        parameters));
        assertThat(uploadTarget(run, "job/target/stat-batch-job-" + version + ".jar"))
                .isEqualTo(
                        substitute(
                                variables.path("JOB_JAR_URI").path("Fn::Sub").asText(),
                                parameters));
        assertThat(uploadTarget(run, "conf/stat-batch.conf"))
                .isEqualTo(
                        substitute(
                                variables.path("JOB_CONFIG_URI").path("Fn::Sub").asText(),
                                parameters));
        String sparkArgs =
                substitute(
                        variables.path("SPARK_SUBMIT_ARGS").path("Fn::Sub").asText(), parameters);
        for (String name : dictionaries) {
            assertThat(sparkArgs).contains(uploadTarget(run, "conf/nlp/" + name));
        }
        assertThat(sparkArgs).contains(uploadTarget(run, "conf/log4j2.xml"));
    }

    @Test
    void optionsReachTheUploadsAndTheStack() throws Exception {
        Path workDir = Files.createDirectories(scratch.resolve("ops"));
        Files.writeString(workDir.resolve("prod.conf"), "report.presign-days = 3\n");
        DeployScript fromElsewhere = new DeployScript(scratch, workDir);

        Run run =
                fromElsewhere.run(
                        concat(
                                SAMPLE,
                                List.of(
                                        "--skip-build",
                                        "--job-config",
                                        "prod.conf",
                                        "--report-prefix",
                                        "s3://reports-bucket/monthly/",
                                        "--input-prefix",
                                        "s3://texts/building_text",
                                        "--job-role",
                                        "EMR_EC2_DefaultRole",
                                        "--alert-email",
                                        "ops@example.com",
                                        "--db-migrate",
                                        "false",
                                        "--subnet-ids",
                                        "subnet-0a1,subnet-0b2",
                                        "--security-group-ids",
                                        "sg-0c3",
                                        "--spark-submit-args",
                                        "--conf spark.executor.memory=4g --conf spark.executor.cores=2")));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.commandLines()).noneMatch(line -> line.startsWith("+ mvn"));
        assertThat(uploadTarget(run, workDir.toRealPath().resolve("prod.conf").toString()))
                .isEqualTo(RELEASE_URI + "/conf/stat-batch.conf");
        assertThat(parameterOverrides(run))
                .containsAllEntriesOf(
                        Map.of(
                                "ReportBucket",
                                "reports-bucket",
                                "ReportKeyPrefix",
                                "monthly",
                                "InputBucket",
                                "texts",
                                "InputKeyPrefix",
                                "building_text",
                                "JobInstanceRoleName",
                                "EMR_EC2_DefaultRole",
                                "AlertEmail",
                                "ops@example.com",
                                "DbMigrate",
                                "false",
                                "SubnetIds",
                                "subnet-0a1,subnet-0b2",
                                "SecurityGroupIds",
                                "sg-0c3",
                                "SparkSubmitArgs",
                                "--conf spark.executor.memory=4g --conf spark.executor.cores=2"));
        assertThat(fromElsewhere.toolCalls()).isEmpty();
    }

    @Test
    void aRealDeploymentStopsBeforeBuildingWithoutTheAwsCliV2() throws Exception {
        List<String> real = new ArrayList<>(SAMPLE);
        real.remove("--dry-run");

        Run run = script.run(real);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("the AWS CLI v2 is needed");
        assertThat(script.toolCalls()).containsExactly("aws --version");
    }

    @Test
    void withoutReleaseEachDeployIsANewReleaseNamedByUtcTimeAndCommit() throws Exception {
        Run run = script.run(concat(REQUIRED, List.of("--dry-run")));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        String release = parameterOverrides(run).get("ReleaseId");
        assertThat(release).matches("\\d{8}T\\d{6}Z(-[0-9a-f]{4,})?");
        assertThat(run.command("aws", "s3", "cp", "conf/stat-batch.conf").get(4))
                .isEqualTo(
                        "s3://my-artefacts/stat-batch/releases/"
                                + release
                                + "/conf/stat-batch.conf");
    }

    @Test
    void theRegionMayComeFromTheEnvironment() throws Exception {
        List<String> withoutRegion = new ArrayList<>(REQUIRED);
        withoutRegion.removeAll(List.of("--region", REGION));

        Run run =
                script.run(
                        Map.of("AWS_REGION", "eu-west-1"),
                        concat(withoutRegion, List.of("--dry-run")));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.command("aws", "cloudformation", "deploy"))
                .containsSequence("--region", "eu-west-1");
    }

    @Test
    void missingRequiredOptionsAreAllNamedAtOnce() throws Exception {
        Run run = script.run(List.of("--dry-run"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .contains(
                        "missing required option(s): --bucket --cluster-id --db-secret-arn --region");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void aMissingOptionIsNamedAlone() throws Exception {
        List<String> withoutCluster = new ArrayList<>(SAMPLE);
        withoutCluster.removeAll(List.of("--cluster-id", CLUSTER));

        Run run = script.run(withoutCluster);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .contains("missing required option(s): --cluster-id\n")
                .doesNotContain("--bucket");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--cluster-id     | cluster-1              | is not an EMR cluster id",
                "--db-secret-arn  | statbatch-db           | is not a Secrets Manager secret ARN",
                "--bucket         | My_Bucket              | is not an S3 bucket name",
                "--region         | Seoul                  | is not an AWS region",
                "--stack-name     | 1-stat-batch           | must start with a letter",
                "--prefix         | a//b                   | must be a non-empty key prefix",
                "--report-prefix  | reports/               | is not s3://bucket/prefix",
                "--input-prefix   | s3://texts             | is not s3://bucket/prefix",
                "--job-config     | /no/such/stat-batch.conf | is not a readable file",
                "--db-migrate     | yes                    | give true or false",
                "--alert-email    | ops                    | is not an e-mail address",
                "--subnet-ids     | subnet-0a1             | needs --security-group-ids too",
                "--security-group-ids | sg-0c3             | needs --subnet-ids too",
                "--release        | 2026/05                | may only use letters",
            })
    void badValuesAreRefusedNamingTheOption(String option, String value, String message)
            throws Exception {
        Run run = script.run(concat(SAMPLE, List.of(option, value)));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .contains("deploy.sh: " + option + " '" + value + "'")
                .contains(message);
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void unknownOptionsAndOptionsWithoutValueAreRefused() throws Exception {
        assertThat(script.run(concat(SAMPLE, List.of("--cluster", "j-1"))).stderr())
                .contains("unknown option '--cluster'");
        Run withoutValue = script.run(concat(SAMPLE, List.of("--bucket")));
        assertThat(withoutValue.exitCode()).isEqualTo(2);
        assertThat(withoutValue.stderr()).contains("--bucket needs a value");
    }

    @Test
    void helpDescribesEveryOption() throws Exception {
        Run run = script.run(List.of("--help"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout())
                .contains(
                        "--bucket",
                        "--prefix",
                        "--stack-name",
                        "--region",
                        "--cluster-id",
                        "--db-secret-arn",
                        "--report-prefix",
                        "--job-config",
                        "--input-prefix",
                        "--job-role",
                        "--spark-submit-args",
                        "--alert-email",
                        "--subnet-ids",
                        "--security-group-ids",
                        "--db-migrate",
                        "--release",
                        "--skip-build",
                        "--dry-run",
                        "--help");
        assertThat(script.toolCalls()).isEmpty();
    }

    /** The key=value words after --parameter-overrides, in order. */
    private static Map<String, String> parameterOverrides(Run run) {
        List<String> deploy = run.command("aws", "cloudformation", "deploy");
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String word :
                deploy.subList(deploy.indexOf("--parameter-overrides") + 1, deploy.size())) {
            int equals = word.indexOf('=');
            assertThat(equals).as(word).isPositive();
            parameters.put(word.substring(0, equals), word.substring(equals + 1));
        }
        return parameters;
    }

    /** Where "aws s3 cp SOURCE TARGET" puts SOURCE. */
    private static String uploadTarget(Run run, String source) {
        return run.command("aws", "s3", "cp", source).get(4);
    }

    /** Fn::Sub with the stack's parameters; pseudo parameters stay as they are. */
    private static String substitute(String template, Map<String, String> parameters) {
        String result = template;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            result = result.replace("${" + parameter.getKey() + "}", parameter.getValue());
        }
        return result;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
