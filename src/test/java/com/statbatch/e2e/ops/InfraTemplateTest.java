package com.statbatch.e2e.ops;

import static com.statbatch.e2e.ops.InfraTemplate.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.statbatch.e2e.ops.InfraTemplate.Statement;
import com.statbatch.launcher.SparkSubmitCommand;
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
                    "supports no resource-level permissions",
                    "AlertKey/AccountAdministersTheKeyThroughIam",
                    "in a key policy the Resource is the key itself",
                    "AlertKey/StackAlarmsPublishToTheAlertTopic",
                    "in a key policy the Resource is the key itself");

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
                .containsExactlyInAnyOrder(
                        "MonthlySchedule", "FreshnessCheckSchedule", "StepFailureRule");
        assertThat(rule.path("ScheduleExpression").asText()).isEqualTo("cron(0 16 L * ? *)");
        assertThat(rule.path("State").asText()).isEqualTo("ENABLED");
        assertThat(rule.path("Targets")).hasSize(1);
        assertThat(rule.path("Targets").get(0).path("Arn"))
                .isEqualTo(yaml("Fn::GetAtt: [LauncherFunction, Arn]"));
    }

    @Test
    void onlyTheStacksRulesAndTheRunsRouteMayInvokeTheFunction() {
        Map<String, List<String>> expected =
                Map.of(
                        "MonthlyScheduleInvokePermission",
                        List.of("events.amazonaws.com", "Fn::GetAtt: [MonthlySchedule, Arn]"),
                        "FreshnessCheckInvokePermission",
                        List.of(
                                "events.amazonaws.com",
                                "Fn::GetAtt: [FreshnessCheckSchedule, Arn]"),
                        "StepFailureInvokePermission",
                        List.of("events.amazonaws.com", "Fn::GetAtt: [StepFailureRule, Arn]"),
                        "RunsApiInvokePermission",
                        List.of(
                                "apigateway.amazonaws.com",
                                "Fn::Sub: \"arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${RunsApi}/*/POST/runs\""));

        assertThat(template.resourcesOfType("AWS::Lambda::Permission"))
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach(
                (id, principalAndSource) -> {
                    JsonNode permission = properties(id);
                    assertThat(permission.path("Action").asText())
                            .as(id)
                            .isEqualTo("lambda:InvokeFunction");
                    assertThat(permission.path("FunctionName"))
                            .as(id)
                            .isEqualTo(yaml("Ref: LauncherFunction"));
                    assertThat(permission.path("Principal").asText())
                            .as(id)
                            .isEqualTo(principalAndSource.get(0));
                    assertThat(permission.path("SourceArn"))
                            .as(id)
                            .isEqualTo(yaml(principalAndSource.get(1)));
                });
    }

    @Test
    void theStepFailureRuleMatchesOnlyThisClustersStatBatchStepsThatEndedBadly() {
        JsonNode rule = properties("StepFailureRule");

        assertThat(rule.path("EventPattern"))
                .isEqualTo(
                        yaml(
                                """
                source: [aws.emr]
                detail-type: [EMR Step Status Change]
                detail:
                  state: [FAILED, CANCELLED, INTERRUPTED]
                  clusterId: [{Ref: ClusterId}]
                  name: [{prefix: stat-batch-}]
                """));
        assertThat(rule.path("State").asText()).isEqualTo("ENABLED");
        assertThat(rule.path("Targets"))
                .singleElement()
                .satisfies(
                        target ->
                                assertThat(target.path("Arn"))
                                        .isEqualTo(yaml("Fn::GetAtt: [LauncherFunction, Arn]")));
        // The prefix is the launcher's own step name; the launcher checks the name again.
        assertThat(SparkSubmitCommand.STEP_NAME_PREFIX).isEqualTo("stat-batch-");
    }

    @Test
    void theFreshnessCheckFiresAt09KstOnTheFirstWithTheEventTheLauncherExpects() {
        JsonNode rule = properties("FreshnessCheckSchedule");
        JsonNode transformer = rule.path("Targets").get(0).path("InputTransformer");

        // 00:00 UTC is 09:00 in Asia/Seoul (UTC+9, no daylight saving time).
        assertThat(rule.path("ScheduleExpression").asText()).isEqualTo("cron(0 0 1 * ? *)");
        assertThat(rule.path("Targets").get(0).path("Arn"))
                .isEqualTo(yaml("Fn::GetAtt: [LauncherFunction, Arn]"));
        assertThat(transformer.path("InputPathsMap")).isEqualTo(yaml("time: $.time"));
        // EventBridge puts a string variable outside quotes into a JSON template as a JSON string.
        JsonNode delivered =
                yaml(
                        transformer
                                .path("InputTemplate")
                                .asText()
                                .replace("<time>", "\"2026-11-01T00:00:00Z\""));
        assertThat(delivered).isEqualTo(yaml("{check: freshness, time: '2026-11-01T00:00:00Z'}"));
    }

    @Test
    void everyRuleRetriesAndParksWhatItCannotDeliverInTheDeadLetterQueue() {
        JsonNode queueArn = yaml("Fn::GetAtt: [LauncherDeadLetterQueue, Arn]");
        List<JsonNode> allowedSources = new ArrayList<>();
        properties("LauncherDeadLetterQueuePolicy")
                .path("PolicyDocument")
                .path("Statement")
                .get(0)
                .path("Condition")
                .path("ArnEquals")
                .path("aws:SourceArn")
                .forEach(allowedSources::add);

        for (String id : template.resourcesOfType("AWS::Events::Rule")) {
            JsonNode target = properties(id).path("Targets").get(0);
            assertThat(target.path("DeadLetterConfig").path("Arn")).as(id).isEqualTo(queueArn);
            assertThat(target.path("RetryPolicy").path("MaximumRetryAttempts").asInt())
                    .as(id)
                    .isPositive();
            assertThat(allowedSources).as(id).contains(yaml("Fn::GetAtt: [" + id + ", Arn]"));
        }
    }

    @Test
    void everyAlarmNotifiesTheAlertTopicAndTheTopicKeyLetsTheStacksAlarmsUseIt() {
        List<String> alarms = template.resourcesOfType("AWS::CloudWatch::Alarm");

        assertThat(alarms).containsExactlyInAnyOrder("LauncherErrorsAlarm", "DeadLetterQueueAlarm");
        for (String id : alarms) {
            JsonNode alarm = properties(id);
            assertThat(alarm.path("AlarmActions")).as(id).containsExactly(yaml("Ref: AlertTopic"));
            assertThat(alarm.path("AlarmName").path("Fn::Sub").asText())
                    .as(id + ": the key policy admits alarms named ${AWS::StackName}-*")
                    .startsWith("${AWS::StackName}-");
            assertThat(alarm.path("TreatMissingData").asText()).as(id).isEqualTo("notBreaching");
        }
        JsonNode errors = properties("LauncherErrorsAlarm");
        assertThat(errors.path("Namespace").asText()).isEqualTo("AWS/Lambda");
        assertThat(errors.path("MetricName").asText()).isEqualTo("Errors");
        assertThat(errors.path("Dimensions"))
                .isEqualTo(yaml("[{Name: FunctionName, Value: {Ref: LauncherFunction}}]"));
        assertThat(errors.path("Threshold").asDouble()).isEqualTo(1);
        JsonNode deadLetters = properties("DeadLetterQueueAlarm");
        assertThat(deadLetters.path("Namespace").asText()).isEqualTo("AWS/SQS");
        assertThat(deadLetters.path("MetricName").asText())
                .isEqualTo("ApproximateNumberOfMessagesVisible");
        assertThat(deadLetters.path("Dimensions"))
                .isEqualTo(
                        yaml(
                                "[{Name: QueueName, Value: {Fn::GetAtt: [LauncherDeadLetterQueue, QueueName]}}]"));
        assertThat(deadLetters.path("ComparisonOperator").asText())
                .isEqualTo("GreaterThanThreshold");
        assertThat(deadLetters.path("Threshold").asDouble()).isZero();
        // CloudWatch cannot use the AWS managed key alias/aws/sns: the topic has its own key.
        assertThat(properties("AlertTopic").path("KmsMasterKeyId"))
                .isEqualTo(yaml("Ref: AlertKey"));
        JsonNode alarmsMayEncrypt =
                template.statements().stream()
                        .filter(
                                statement ->
                                        statement
                                                .key()
                                                .equals(
                                                        "AlertKey/StackAlarmsPublishToTheAlertTopic"))
                        .findFirst()
                        .orElseThrow()
                        .node();
        assertThat(alarmsMayEncrypt.path("Principal"))
                .isEqualTo(yaml("Service: cloudwatch.amazonaws.com"));
        assertThat(alarmsMayEncrypt.path("Condition").path("ArnLike").path("aws:SourceArn"))
                .isEqualTo(
                        yaml(
                                "Fn::Sub: \"arn:${AWS::Partition}:cloudwatch:${AWS::Region}:${AWS::AccountId}:alarm:${AWS::StackName}-*\""));
    }

    @Test
    void theRunsApiIsOneIamAuthorizedRouteToTheLauncher() {
        assertThat(template.resourcesOfType("AWS::ApiGatewayV2::Route"))
                .containsExactly("RunsRoute");
        JsonNode route = properties("RunsRoute");
        JsonNode integration = properties("RunsApiIntegration");

        assertThat(properties("RunsApi").path("ProtocolType").asText()).isEqualTo("HTTP");
        assertThat(route.path("RouteKey").asText()).isEqualTo("POST /runs");
        assertThat(route.path("AuthorizationType").asText()).isEqualTo("AWS_IAM");
        assertThat(route.path("Target"))
                .isEqualTo(yaml("Fn::Sub: \"integrations/${RunsApiIntegration}\""));
        assertThat(integration.path("IntegrationType").asText()).isEqualTo("AWS_PROXY");
        assertThat(integration.path("IntegrationUri"))
                .isEqualTo(yaml("Fn::GetAtt: [LauncherFunction, Arn]"));
        // Payload 2.0 carries routeKey, which is how the launcher knows an HTTP API event.
        assertThat(integration.path("PayloadFormatVersion").asText()).isEqualTo("2.0");
        assertThat(integration.path("TimeoutInMillis").asInt()).isLessThanOrEqualTo(30000);
        assertThat(template.resourcesOfType("AWS::ApiGatewayV2::Authorizer")).isEmpty();
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
    void theStepShipsEveryDictionaryAndTheLogConfigurationOfTheReleaseAndSetsTheDriversEnvironment()
            throws IOException {
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

        List<String> shipped = new ArrayList<>(dictionaries);
        shipped.add(
                "s3://${ArtifactBucket}/${ArtifactPrefix}/releases/${ReleaseId}/conf/log4j2.xml");
        assertThat(distFiles.group(1).split(",")).containsExactlyInAnyOrderElementsOf(shipped);
        assertThat(sparkArgs)
                .contains(
                        "--conf spark.yarn.appMasterEnv.REPORT_PREFIX=s3://${ReportBucket}/${ReportKeyPrefix}")
                .contains("--conf spark.yarn.appMasterEnv.SNS_TOPIC_ARN=${AlertTopic}")
                .contains("--conf spark.yarn.appMasterEnv.DB_SECRET_ARN=${DbSecretArn}")
                // The shipped log4j2.xml (JSON lines, metric records) instead of the cluster's.
                .contains("--conf spark.yarn.appMasterEnv.LOG4J_CONFIGURATION_FILE=log4j2.xml")
                .contains("--conf spark.executorEnv.LOG4J_CONFIGURATION_FILE=log4j2.xml")
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
                "LauncherDeadLetterQueuePolicy/UndeliveredRuleEvents",
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
                "LauncherRole/EncryptAlertsWithTheTopicKey",
                new Grant(
                        Set.of("kms:GenerateDataKey", "kms:Decrypt"),
                        "Fn::GetAtt: [AlertKey, Arn]"));
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
                "JobInstancePolicy/EncryptNotificationsWithTheTopicKey",
                new Grant(
                        Set.of("kms:GenerateDataKey", "kms:Decrypt"),
                        "Fn::GetAtt: [AlertKey, Arn]"));
        grants.put(
                "AlertKey/AccountAdministersTheKeyThroughIam", new Grant(Set.of("kms:*"), "'*'"));
        grants.put(
                "AlertKey/StackAlarmsPublishToTheAlertTopic",
                new Grant(Set.of("kms:Decrypt", "kms:GenerateDataKey*"), "'*'"));
        grants.put(
                "RunsApiCallerPolicy/StartRunsThroughTheApi",
                new Grant(
                        Set.of("execute-api:Invoke"),
                        "Fn::Sub: \"arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${RunsApi}/$default/POST/runs\""));
        grants.put(
                "JobInstancePolicy/ReadDatabaseSecret",
                new Grant(Set.of("secretsmanager:GetSecretValue"), "Ref: DbSecretArn"));
        return Map.copyOf(grants);
    }
}
