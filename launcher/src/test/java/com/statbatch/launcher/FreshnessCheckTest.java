package com.statbatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.statbatch.common.testing.SnsStub;
import com.statbatch.common.testing.Sql;
import com.statbatch.launcher.testing.EmrStub;
import com.statbatch.launcher.testing.LauncherEvents;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 09:00 KST check of the 1st: the month that just ended in Seoul must have a SUCCEEDED run,
 * else the alert topic hears what the run table says.
 */
class FreshnessCheckTest extends HandlerTestBase {

    /** cron(0 0 1 * ? *): 00:00 UTC on the 1st is 09:00 KST. */
    private static final Instant NOVEMBER_1ST_0900_KST = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void aMonthWithASucceededRunIsFreshAndNothingIsSent() {
        runOf("2026-10", "r-failed", "FAILED");
        runOf("2026-10", "r-ok", "SUCCEEDED");

        JsonNode response = check(NOVEMBER_1ST_0900_KST);

        assertThat(response.path("period").asText()).isEqualTo("2026-10");
        assertThat(response.path("succeeded").asBoolean()).isTrue();
        assertThat(response.path("checkedAt").asText()).isEqualTo("2026-11-01 09:00 KST");
        assertThat(SnsStub.publishedMessages(snsWireMock())).isEmpty();
    }

    @Test
    void aMonthWhoseRunsFailedIsAlertedWithTheirStagesAndHowToRerun() {
        runOf("2026-10", "r-1", "FAILED");
        Sql.execute(
                db,
                "update stat_job_run set error_stage = 'emr-step', error_message = 'EMR step s-1 ended"
                        + " CANCELLED' where run_id = 'r-1'");

        JsonNode response = check(NOVEMBER_1ST_0900_KST);

        assertThat(response.path("succeeded").asBoolean()).isFalse();
        assertThat(response.path("latestRun").asText())
                .isEqualTo("r-1 FAILED at emr-step: EMR step s-1 ended CANCELLED");
        SnsStub.Published alert = onlyAlert();
        assertThat(alert.subject())
                .isEqualTo("stat-batch: no SUCCEEDED run of 2026-10 by 2026-11-01 09:00 KST");
        assertThat(alert.message())
                .contains(
                        "Period: 2026-10",
                        "Runs recorded, newest first: r-1 FAILED at emr-step: EMR step s-1 ended CANCELLED",
                        "POST /runs {\"period\":\"2026-10\"}");
    }

    @Test
    void aMonthThatNeverLaunchedIsAlertedAsAScheduleOrLauncherProblem() {
        runOf("2026-09", "r-sep", "SUCCEEDED");

        JsonNode response = check(NOVEMBER_1ST_0900_KST);

        assertThat(response.path("succeeded").asBoolean()).isFalse();
        assertThat(response.path("latestRun").asText()).isEqualTo("none");
        assertThat(onlyAlert().message())
                .contains(
                        "Runs recorded, newest first: none. The launch never happened:"
                                + " the monthly schedule did not fire");
        assertThat(single("select count(*) from stat_period")).isEqualTo("1");
    }

    @Test
    void aBadLaunchSettingDoesNotStopTheCheckThatWouldNoticeTheMissedMonth() {
        env.remove("JOB_JAR_URI");
        env.put("MASTER_TABLE", "building; drop table x");

        JsonNode response = check(NOVEMBER_1ST_0900_KST);

        assertThat(response.path("succeeded").asBoolean()).isFalse();
        assertThat(onlyAlert().subject())
                .isEqualTo("stat-batch: no SUCCEEDED run of 2026-10 by 2026-11-01 09:00 KST");
    }

    @ParameterizedTest(name = "{0} checks {1}")
    @CsvSource({
        // 00:00 KST on November 1st: October has just ended in Seoul.
        "2026-10-31T15:00:00Z, 2026-10, true",
        // 23:59:59 KST on October 31st: October is still under way, September is checked.
        "2026-10-31T14:59:59Z, 2026-09, false",
        // The year turns over in Seoul nine hours before UTC.
        "2026-12-31T15:00:00Z, 2026-12, false",
    })
    void theMonthCheckedIsTheOneBeforeTheEventsTimeInSeoul(
            Instant time, String month, boolean succeeded) {
        runOf("2026-10", "r-oct", "SUCCEEDED");

        JsonNode response = check(time);

        assertThat(response.path("period").asText()).isEqualTo(month);
        assertThat(response.path("succeeded").asBoolean()).isEqualTo(succeeded);
        assertThat(SnsStub.publishedMessages(snsWireMock())).hasSize(succeeded ? 0 : 1);
    }

    private JsonNode check(Instant time) {
        return EmrStub.read(invoke(LauncherEvents.freshnessCheck(time)));
    }

    private void runOf(String month, String runId, String status) {
        Sql.execute(
                db,
                "insert into stat_period (period_type, start_date, end_date, time_zone)"
                        + " values ('MONTH', date '"
                        + month
                        + "-01', date '"
                        + month
                        + "-01' + interval '1 month', 'Asia/Seoul') on conflict do nothing");
        Sql.execute(
                db,
                "insert into stat_job_run (run_id, period_id, status, submitted_at)"
                        + " select '"
                        + runId
                        + "', period_id, '"
                        + status
                        + "', now() from stat_period where start_date = date '"
                        + month
                        + "-01'");
    }
}
