package com.statbatch.launcher;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.run.JobRun;
import com.statbatch.common.run.JobRunStore;
import com.statbatch.common.run.RunStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The morning-after check: at 09:00 KST on the 1st, has the month that just ended a SUCCEEDED run?
 * If not — the schedule stopped firing, the launch failed, the step is still running or died — the
 * people on the alert topic are told what the run table says. Read from stat_job_run, the record
 * every other path writes, so it does not depend on any of them having reported.
 */
final class FreshnessCheck {

    /** The {@code check} value of the event the stack's schedule sends. */
    static final String CHECK = "freshness";

    static final String EVENT_FORM =
            "{\"check\":\"freshness\",\"time\":\"2026-11-01T00:00:00Z\"} (the month before time, in Seoul)";

    record Outcome(String period, boolean succeeded, String checkedAt, String latestRun) {}

    private static final Logger LOG = LoggerFactory.getLogger(FreshnessCheck.class);
    private static final DateTimeFormatter SEOUL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'KST'").withZone(StatPeriod.ZONE);

    private final Supplier<DbSettings> db;
    private final JobRunStore runs;
    private final AlertTopic alerts;

    FreshnessCheck(Supplier<DbSettings> db, JobRunStore runs, AlertTopic alerts) {
        this.db = db;
        this.runs = runs;
        this.alerts = alerts;
    }

    Outcome check(Instant time, String requestId) throws SQLException {
        StatPeriod month = StatPeriod.previousMonth(time);
        List<JobRun> found;
        try (Connection c = db.get().connect()) {
            found = runs.findByPeriod(c, month);
        }
        String checkedAt = SEOUL_TIME.format(time);
        String latest = found.isEmpty() ? "none" : describe(found.get(0));
        boolean succeeded = found.stream().anyMatch(run -> run.status() == RunStatus.SUCCEEDED);
        if (succeeded) {
            LOG.info("{} has a SUCCEEDED run at {}: fresh", month.label(), checkedAt);
        } else {
            alerts.send(
                    "stat-batch: no SUCCEEDED run of " + month.label() + " by " + checkedAt,
                    message(month, checkedAt, found, requestId));
        }
        return new Outcome(month.label(), succeeded, checkedAt, latest);
    }

    private static String message(
            StatPeriod month, String checkedAt, List<JobRun> found, String requestId) {
        String label = month.label();
        String runsSeen =
                found.isEmpty()
                        ? "none. The launch never happened: the monthly schedule did not fire, or the"
                                + " launcher failed before recording a run (look for the launcher's"
                                + " own alert and its errors alarm)."
                        : String.join(
                                "\n  ", found.stream().map(FreshnessCheck::describe).toList());
        return String.join(
                "\n",
                "stat-batch has no SUCCEEDED run of " + label + " at " + checkedAt + ".",
                "Period: " + label,
                "Runs recorded, newest first: " + runsSeen,
                "A SUBMITTED or RUNNING run may still finish; a FAILED one says its stage and error"
                        + " (select * from stat_job_run where run_id = '…').",
                "To run the month: POST /runs {\"period\":\""
                        + label
                        + "\"} (README, Operating); a month that is running answers 409.",
                "Lambda request id: " + requestId);
    }

    private static String describe(JobRun run) {
        StringBuilder text = new StringBuilder(run.runId()).append(' ').append(run.status());
        if (run.errorStage() != null) {
            text.append(" at ").append(run.errorStage());
        }
        if (run.errorMessage() != null) {
            text.append(": ").append(run.errorMessage());
        }
        return text.toString();
    }
}
