package com.statbatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.statbatch.common.testing.SnsStub;
import com.statbatch.common.testing.Sql;
import com.statbatch.launcher.testing.EmrStub;
import com.statbatch.launcher.testing.LauncherEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** API Gateway callers get HTTP answers; manual callers get the outcomes or an exception. */
class ApiGatewayAndManualEventsTest extends HandlerTestBase {

    @Test
    void anApiGatewayRequestForAMonthIsAnsweredWith202AndTheRunId() {
        EmrStub.idleCluster(wireMock(), "s-SEP");

        JsonNode response =
                EmrStub.read(invoke(LauncherEvents.apiGateway("{\"period\":\"2026-09\"}")));

        assertThat(response.path("statusCode").asInt()).isEqualTo(202);
        assertThat(response.path("headers").path("Content-Type").asText())
                .startsWith("application/json");
        JsonNode body = EmrStub.read(response.path("body").asText());
        assertThat(body.path("trigger").asText()).isEqualTo("API_GATEWAY");
        assertThat(body.path("runIds"))
                .singleElement()
                .satisfies(
                        id ->
                                assertThat(id.asText())
                                        .isEqualTo(single("select run_id from stat_job_run")));
        assertThat(body.path("periods").get(0).path("period").asText()).isEqualTo("2026-09");
        assertThat(body.path("periods").get(0).path("stepId").asText()).isEqualTo("s-SEP");
        assertThat(EmrStub.submittedArgs(wireMock()))
                .singleElement()
                .satisfies(args -> assertThat(args).containsSequence("--period", "2026-09"));
    }

    @Test
    void anHttpApiRequestWithABase64BodyIsUnderstood() {
        EmrStub.idleCluster(wireMock(), "s-AUG");

        JsonNode response =
                EmrStub.read(invoke(LauncherEvents.httpApiBase64("{\"period\":\"2026-08\"}")));

        assertThat(response.path("statusCode").asInt()).isEqualTo(202);
        assertThat(EmrStub.submittedArgs(wireMock()))
                .singleElement()
                .satisfies(args -> assertThat(args).containsSequence("--period", "2026-08"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            {"period":"2026-13"}               | period | YYYY-MM, e.g. 2026-09
            {"period":"2026-12"}               | period | a month up to 2026-10
            {"from":"2020-01","to":"2026-01"}  | to     | at most 36 months per invocation; split the range
            {"when":"2026-09"}                 | when   | {"period":"YYYY-MM"}, {"from":"YYYY-MM","to":"YYYY-MM"} or {"from":"YYYY-MM-DD","to":"YYYY-MM-DD"}
            not json                           | body   | {"period":"YYYY-MM"}, {"from":"YYYY-MM","to":"YYYY-MM"} or {"from":"YYYY-MM-DD","to":"YYYY-MM-DD"}
            """)
    void aMalformedApiGatewayRequestGets400NamingTheFieldAndSubmitsNothing(
            String body, String field, String expected) {
        JsonNode response = EmrStub.read(invoke(LauncherEvents.apiGateway(body)));

        assertThat(response.path("statusCode").asInt()).isEqualTo(400);
        JsonNode error = EmrStub.read(response.path("body").asText());
        assertThat(error.path("field").asText()).isEqualTo(field);
        assertThat(error.path("expected").asText()).isEqualTo(expected);
        assertThat(error.path("error").asText()).startsWith("Field '" + field + "'");
        assertThat(emr.getAllServeEvents()).isEmpty();
        assertThat(Sql.rows(db, "select count(*) from stat_period")).containsExactly("0");
    }

    @Test
    void anApiGatewayRequestWithoutABodyGets400() {
        JsonNode response = EmrStub.read(invoke(LauncherEvents.apiGateway(null)));

        assertThat(response.path("statusCode").asInt()).isEqualTo(400);
        assertThat(EmrStub.read(response.path("body").asText()).path("field").asText())
                .isEqualTo("body");
    }

    @Test
    void anEmrFailureOnAnApiGatewayRequestIsAlertedAndAnswered500WithTheStage() {
        emr.stubFor(EmrStub.action("ListSteps").willReturn(EmrStub.listSteps()));
        emr.stubFor(
                EmrStub.action("AddJobFlowSteps")
                        .willReturn(
                                EmrStub.error(
                                        400,
                                        "ValidationException",
                                        "Cluster j-2AXXXXXXGAPLF is terminated")));

        JsonNode response =
                EmrStub.read(invoke(LauncherEvents.apiGateway("{\"period\":\"2026-09\"}")));

        assertThat(response.path("statusCode").asInt()).isEqualTo(500);
        JsonNode error = EmrStub.read(response.path("body").asText());
        assertThat(error.path("stage").asText()).isEqualTo("submit");
        assertThat(error.path("period").asText()).isEqualTo("2026-09");
        assertThat(error.path("error").asText()).contains("is terminated");
        assertThat(SnsStub.publishedMessages(snsWireMock())).hasSize(1);
    }

    @Test
    void anEmrEndpointThatIsNotAUrlIsAConfigurationErrorAlertedAndAnswered500BeforeAnythingRuns() {
        env.put("EMR_ENDPOINT", "localhost:4566");

        JsonNode response =
                EmrStub.read(invoke(LauncherEvents.apiGateway("{\"period\":\"2026-09\"}")));

        assertThat(response.path("statusCode").asInt()).isEqualTo(500);
        JsonNode error = EmrStub.read(response.path("body").asText());
        assertThat(error.path("stage").asText()).isEqualTo("configuration");
        assertThat(error.path("error").asText())
                .contains("aws.emr-endpoint = 'localhost:4566' is not an http(s) URL with a host");
        assertThat(onlyAlert().message()).contains("Stage: configuration", "aws.emr-endpoint");
        assertThat(emr.getAllServeEvents()).isEmpty();
        assertThat(Sql.rows(db, "select count(*) from stat_period")).containsExactly("0");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            MASTER_TABLE              | building; drop table x | master.table
            MASTER_NAME_COLUMN        | name--                 | master.name-column
            LAUNCHER_MAX_RANGE_MONTHS | 0                      | launcher.max-range-months
            EMR_CLUSTER_ID            | my-cluster             | launcher.cluster-id
            """)
    void aConfigurationErrorOnAnApiGatewayRequestIsAlertedAndAnswered500BeforeAnythingRuns(
            String variable, String value, String key) {
        env.put(variable, value);

        JsonNode response =
                EmrStub.read(invoke(LauncherEvents.apiGateway("{\"period\":\"2026-09\"}")));

        assertThat(response.path("statusCode").asInt()).isEqualTo(500);
        JsonNode error = EmrStub.read(response.path("body").asText());
        assertThat(error.path("stage").asText()).isEqualTo("configuration");
        assertThat(error.path("error").asText()).contains(key, value);
        assertThat(SnsStub.publishedMessages(snsWireMock()))
                .singleElement()
                .satisfies(
                        alert ->
                                assertThat(alert.message())
                                        .contains("Stage: configuration", key, value));
        assertThat(emr.getAllServeEvents()).isEmpty();
        assertThat(Sql.rows(db, "select count(*) from stat_dimension")).containsExactly("0");
        assertThat(Sql.rows(db, "select count(*) from stat_period")).containsExactly("0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            {"period":"2026-9"}                | 'period'
            {"period":"2026-11"}               | has not ended yet
            {"from":"2022-01","to":"2026-01"}  | over the limit of 36
            {"period":"2026-09","dryRun":true} | 'dryRun' is not a known field
            {period: 2026-09}                  | 'event' is not JSON
            """)
    void aMalformedManualEventThrowsAClearErrorAlertsAndSubmitsNothing(
            String event, String message) {
        assertThatThrownBy(() -> invoke(event))
                .isInstanceOf(BadEventException.class)
                .hasMessageContaining(message)
                .hasMessageContaining("expected");

        assertThat(emr.getAllServeEvents()).isEmpty();
        assertThat(SnsStub.publishedMessages(snsWireMock()))
                .singleElement()
                .satisfies(alert -> assertThat(alert.message()).contains("Stage: event", message));
    }
}
