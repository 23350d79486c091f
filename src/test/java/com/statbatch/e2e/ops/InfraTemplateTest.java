package com.statbatch.e2e.ops;

import static com.statbatch.e2e.ops.InfraTemplate.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.statbatch.e2e.ops.InfraTemplate.Statement;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parses conf/infra/stat-batch.yaml and checks it against the code it deploys and least privilege.
 */
class InfraTemplateTest {

    /**
     * What each statement may do, and on what: any change to the grants has to change this table
     * too.
     */
    private record Grant(Set<String> actions, String resourceYaml) {}

    private static final Map<String, Grant> EXPECTED_GRANTS = expectedGrants();

    /**
     * Statements allowed on Resource "*", with the reason; the template gives the same reason in a
     * comment above the statement.
     */
    private static final Map<String, String> EVERY_RESOURCE_ALLOWED =
            Map.of(
                    "LauncherRole/DescribeVpcNetworkInterfaces",
                    "supports no resource-level permissions");

    private static InfraTemplate template;

    @BeforeAll
    static void load() throws IOException {
        template = InfraTemplate.load();
    }

    @Test
    void theHandlerIsTheLaunchersStreamHandler() throws Exception {
        JsonNode function = properties("LauncherFunction");
        String[] handler = function.path("Handler").asText().split("::");

        assertThat(handler).hasSize(2);
        Class<?> handlerClass = Class.forName(handler[0]);
        assertThat(handlerClass.getName()).isEqualTo("com.statbatch.launcher.LauncherHandler");
        assertThat(RequestStreamHandler.class).isAssignableFrom(handlerClass);
        Method method =
                handlerClass.getMethod(
                        handler[1], InputStream.class, OutputStream.class, Context.class);
        assertThat(method.getDeclaringClass()).isEqualTo(handlerClass);
        // The Lambda runtime instantiates the handler through its public no-argument constructor.
        assertThat(handlerClass.getConstructor()).isNotNull();
    }

    @Test
    void theFunctionRunsOnASupportedJavaRuntimeFromTheReleaseJarWithinLambdaLimits() {
        JsonNode function = properties("LauncherFunction");

        // Not java17: Lambda no longer creates or updates functions on it (Amazon Linux 2 end of
        // life).
        assertThat(function.path("Runtime").asText()).isEqualTo("java21");
        assertThat(function.path("Code"))
                .isEqualTo(
                        yaml(
                                """
                S3Bucket: {Ref: ArtifactBucket}
                S3Key: {Fn::Sub: "${ArtifactPrefix}/releases/${ReleaseId}/stat-batch-launcher-lambda.jar"}
                """));
        assertThat(function.path("MemorySize").asInt()).isBetween(512, 10240);
        assertThat(function.path("Timeout").asInt()).isBetween(60, 900);
        assertThat(function.path("Role")).isEqualTo(yaml("Fn::GetAtt: [LauncherRole, Arn]"));
    }

    @Test
    void theScheduleFiresAt01KstOnTheFirstAndTargetsTheFunction() {
        JsonNode rule = properties("MonthlySchedule");

        assertThat(template.resourcesOfType("AWS::Events::Rule"))
                .containsExactly("MonthlySchedule");
        assertThat(rule.path("ScheduleExpression").asText()).isEqualTo("cron(0 16 L * ? *)");
        assertThat(rule.path("State").asText()).isEqualTo("ENABLED");
        assertThat(rule.path("Targets")).hasSize(1);
        assertThat(rule.path("Targets").get(0).path("Arn"))
                .isEqualTo(yaml("Fn::GetAtt: [LauncherFunction, Arn]"));
    }

    @Test
    void onlyTheScheduleMayInvokeTheFunction() {
        assertThat(template.resourcesOfType("AWS::Lambda::Permission"))
                .containsExactly("MonthlyScheduleInvokePermission");
        JsonNode permission = properties("MonthlyScheduleInvokePermission");

        assertThat(permission.path("Action").asText()).isEqualTo("lambda:InvokeFunction");
        assertThat(permission.path("Principal").asText()).isEqualTo("events.amazonaws.com");
        assertThat(permission.path("FunctionName")).isEqualTo(yaml("Ref: LauncherFunction"));
        assertThat(permission.path("SourceArn"))
                .isEqualTo(yaml("Fn::GetAtt: [MonthlySchedule, Arn]"));
    }

    @Test
    void failedAsynchronousInvocationsAndUndeliveredEventsEndInTheDeadLetterQueue() {
        JsonNode queueArn = yaml("Fn::GetAtt: [LauncherDeadLetterQueue, Arn]");

        assertThat(template.resource("LauncherDeadLetterQueue").path("Type").asText())
                .isEqualTo("AWS::SQS::Queue");
        assertThat(properties("LauncherFunction").path("DeadLetterConfig").path("TargetArn"))
                .isEqualTo(queueArn);
        assertThat(
                        properties("MonthlySchedule")
                                .path("Targets")
                                .get(0)
                                .path("DeadLetterConfig")
                                .path("Arn"))
                .isEqualTo(queueArn);
    }

    @Test
    void everyStatementGrantsExactlyTheExpectedActionsOnTheExpectedResource() {
        Set<String> seen = new TreeSet<>();
        for (Statement statement : template.statements()) {
            assertThat(statement.node().path("Effect").asText())
                    .as(statement.key())
                    .isEqualTo("Allow");
            assertThat(seen.add(statement.key()))
                    .as("duplicate statement " + statement.key())
                    .isTrue();
            Grant expected = EXPECTED_GRANTS.get(statement.key());
            assertThat(expected)
                    .as("unexpected statement " + statement.key() + "; add it to EXPECTED_GRANTS")
                    .isNotNull();
            assertThat(new TreeSet<>(statement.actions()))
                    .as(statement.key())
                    .isEqualTo(expected.actions());
            assertThat(statement.resource())
                    .as(statement.key())
                    .isEqualTo(yaml(expected.resourceYaml()));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(EXPECTED_GRANTS.keySet());
    }

    @Test
    void listingABucketIsLimitedToThePrefixesOfTheGrant() {
        template.statements().stream()
                .filter(statement -> statement.actions().contains("s3:ListBucket"))
                .forEach(
                        statement ->
                                assertThat(
                                                statement
                                                        .node()
                                                        .path("Condition")
                                                        .path("StringLike")
                                                        .path("s3:prefix"))
                                        .as(statement.key())
                                        .isNotEmpty());
    }

    @Test
    void noStatementAllowsEveryResourceUnlessAwsRequiresItAndTheTemplateSaysWhy() {
        List<String> everyResource = new ArrayList<>();
        for (Statement statement : template.statements()) {
            assertThat(statement.resource().isMissingNode())
                    .as(statement.key() + " has no Resource")
                    .isFalse();
            if (!statement.allowsEveryResource()) {
                continue;
            }
            everyResource.add(statement.key());
            String reason = EVERY_RESOURCE_ALLOWED.get(statement.key());
            assertThat(reason)
                    .as(statement.key() + " allows Resource \"*\" without an allowlisted reason")
                    .isNotNull();
            assertThat(template.commentAbove(statement))
                    .as("comment above " + statement.key())
                    .contains("\"*\" required by AWS")
                    .contains(reason);
        }
        assertThat(everyResource)
                .containsExactlyInAnyOrderElementsOf(EVERY_RESOURCE_ALLOWED.keySet());
    }

    @Test
    void theFunctionsEnvironmentUsesOnlyVariablesTheLauncherReadsAndNoPassword()
            throws IOException {
        String envConf =
                Files.readString(RepositoryRoot.find().resolve("conf/stat-batch-env.conf"));
        JsonNode variables = properties("LauncherFunction").path("Environment").path("Variables");
        List<String> names = new ArrayList<>();
        variables.fieldNames().forEachRemaining(names::add);

        assertThat(names)
                .containsExactlyInAnyOrder(
                        "DB_SECRET_ARN",
                        "DB_MIGRATE",
                        "SNS_TOPIC_ARN",
                        "EMR_CLUSTER_ID",
                        "JOB_JAR_URI",
                        "JOB_CONFIG_URI",
                        "SPARK_SUBMIT_ARGS");
        names.forEach(
                name ->
                        assertThat(envConf)
                                .as("conf/stat-batch-env.conf")
                                .contains("${?" + name + "}"));
        assertThat(variables.path("SNS_TOPIC_ARN")).isEqualTo(yaml("Ref: AlertTopic"));
        assertThat(variables.path("EMR_CLUSTER_ID")).isEqualTo(yaml("Ref: ClusterId"));
    }

    @Test
    void theStepShipsEveryDictionaryOfTheReleaseAndSetsTheDriversEnvironment() throws IOException {
        String sparkArgs =
                properties("LauncherFunction")
                        .path("Environment")
                        .path("Variables")
                        .path("SPARK_SUBMIT_ARGS")
                        .path("Fn::Sub")
                        .asText();
        Matcher distFiles =
                Pattern.compile("--conf spark\\.yarn\\.dist\\.files=(\\S+)").matcher(sparkArgs);
        assertThat(distFiles.find()).as(sparkArgs).isTrue();
        List<String> dictionaries;
        try (Stream<Path> files = Files.list(RepositoryRoot.find().resolve("conf/nlp"))) {
            dictionaries =
                    files.map(
                                    file ->
                                            "s3://${ArtifactBucket}/${ArtifactPrefix}/releases/${ReleaseId}/nlp/"
                                                    + file.getFileName())
                            .toList();
        }

        assertThat(distFiles.group(1).split(",")).containsExactlyInAnyOrderElementsOf(dictionaries);
        assertThat(sparkArgs)
                .contains(
                        "--conf spark.yarn.appMasterEnv.REPORT_PREFIX=s3://${ReportBucket}/${ReportKeyPrefix}")
                .contains("--conf spark.yarn.appMasterEnv.SNS_TOPIC_ARN=${AlertTopic}")
                .contains("--conf spark.yarn.appMasterEnv.DB_SECRET_ARN=${DbSecretArn}")
                .endsWith("${SparkSubmitArgs}")
                .doesNotContainIgnoringCase("password");
    }

    @Test
    void everyParameterIsUsed() {
        String resourcesAndOutputs =
                template.root().path("Resources").toString()
                        + template.root().path("Outputs")
                        + template.root().path("Conditions");
        List<String> unused = new ArrayList<>();
        template.root()
                .path("Parameters")
                .fieldNames()
                .forEachRemaining(
                        name -> {
                            if (!resourcesAndOutputs.contains("{\"Ref\":\"" + name + "\"}")
                                    && !resourcesAndOutputs.contains("${" + name + "}")) {
                                unused.add(name);
                            }
                        });
        assertThat(unused).isEmpty();
    }

    @Test
    void intrinsicFunctionsAreLongFormSoPlainYamlParsersReadTheTemplate() {
        List<String> shortForms =
                template.text()
                        .lines()
                        .filter(line -> !line.strip().startsWith("#"))
                        .filter(
                                line ->
                                        line.matches(
                                                ".*(^|\\s|\\[)!(Ref|Sub|GetAtt|If|Join|Equals|Not|Split|Select)\\b.*"))
                        .collect(Collectors.toList());
        assertThat(shortForms).isEmpty();
    }

    /**
     * cfn-lint checks the template against CloudFormation's own resource schemas and Lambda's
     * runtime lifecycle. It comes from PyPI, which the project's machines do not install from, so
     * this runs only where someone installed it.
     */
    @Test
    void cfnLintFindsNothingWhereItIsInstalled() throws Exception {
        boolean installed =
                Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "cfn-lint")));
        assumeTrue(installed, "cfn-lint is not on the PATH");

        Process lint =
                new ProcessBuilder("cfn-lint", InfraTemplate.PATH.toString())
                        .redirectErrorStream(true)
                        .start();
        String findings = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).as("cfn-lint finished").isTrue();

        assertThat(lint.exitValue()).as(findings).isZero();
    }

    private static JsonNode properties(String logicalId) {
        return template.resource(logicalId).path("Properties");
    }

    private static Map<String, Grant> expectedGrants() {
        String clusterArn =
                "Fn::Sub: \"arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${ClusterId}\"";
        Map<String, Grant> grants = new LinkedHashMap<>();
        grants.put(
                "LauncherDeadLetterQueuePolicy/UndeliveredScheduledEvents",
                new Grant(Set.of("sqs:SendMessage"), "Fn::GetAtt: [LauncherDeadLetterQueue, Arn]"));
        grants.put(
                "LauncherRole/WriteOwnLogs",
                new Grant(
                        Set.of("logs:CreateLogStream", "logs:PutLogEvents"),
                        "Fn::GetAtt: [LauncherLogGroup, Arn]"));
        grants.put(
                "LauncherRole/SubmitAndTrackStepsOnTheCluster",
                new Grant(
                        Set.of(
                                "elasticmapreduce:AddJobFlowSteps",
                                "elasticmapreduce:ListSteps",
                                "elasticmapreduce:DescribeStep"),
                        clusterArn));
        grants.put(
                "LauncherRole/PublishFailureAlerts",
                new Grant(Set.of("sns:Publish"), "Ref: AlertTopic"));
        grants.put(
                "LauncherRole/ReadDatabaseSecret",
                new Grant(Set.of("secretsmanager:GetSecretValue"), "Ref: DbSecretArn"));
        grants.put(
                "LauncherRole/SendFailedInvocationsToDeadLetterQueue",
                new Grant(Set.of("sqs:SendMessage"), "Fn::GetAtt: [LauncherDeadLetterQueue, Arn]"));
        grants.put(
                "LauncherRole/ManageVpcNetworkInterfaces",
                new Grant(
                        Set.of(
                                "ec2:CreateNetworkInterface",
                                "ec2:DeleteNetworkInterface",
                                "ec2:AssignPrivateIpAddresses",
                                "ec2:UnassignPrivateIpAddresses"),
                        "Fn::Sub: \"arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:*/*\""));
        grants.put(
                "LauncherRole/DescribeVpcNetworkInterfaces",
                new Grant(Set.of("ec2:DescribeNetworkInterfaces"), "'*'"));
        grants.put(
                "JobInstancePolicy/ReadReleaseArtefacts",
                new Grant(
                        Set.of("s3:GetObject"),
                        "Fn::Sub: \"arn:${AWS::Partition}:s3:::${ArtifactBucket}/${ArtifactPrefix}/releases/*\""));
        grants.put(
                "JobInstancePolicy/ListReleaseArtefacts",
                new Grant(
                        Set.of("s3:ListBucket"),
                        "Fn::Sub: \"arn:${AWS::Partition}:s3:::${ArtifactBucket}\""));
        grants.put(
                "JobInstancePolicy/ReadWriteReports",
                new Grant(
                        Set.of(
                                "s3:GetObject",
                                "s3:PutObject",
                                "s3:DeleteObject",
                                "s3:AbortMultipartUpload"),
                        "Fn::Sub: \"arn:${AWS::Partition}:s3:::${ReportBucket}/${ReportKeyPrefix}/*\""));
        grants.put(
                "JobInstancePolicy/ListReports",
                new Grant(
                        Set.of("s3:ListBucket"),
                        "Fn::Sub: \"arn:${AWS::Partition}:s3:::${ReportBucket}\""));
        grants.put(
                "JobInstancePolicy/ReadInputTexts",
                new Grant(
                        Set.of("s3:GetObject"),
                        "Fn::Sub: \"arn:${AWS::Partition}:s3:::${InputBucket}/${InputKeyPrefix}/*\""));
        grants.put(
                "JobInstancePolicy/ListInputTexts",
                new Grant(
                        Set.of("s3:ListBucket"),
                        "Fn::Sub: \"arn:${AWS::Partition}:s3:::${InputBucket}\""));
        grants.put(
                "JobInstancePolicy/PublishRunNotifications",
                new Grant(Set.of("sns:Publish"), "Ref: AlertTopic"));
        grants.put(
                "JobInstancePolicy/ReadDatabaseSecret",
                new Grant(Set.of("secretsmanager:GetSecretValue"), "Ref: DbSecretArn"));
        return Map.copyOf(grants);
    }
}
