package com.statbatch.launcher;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.run.JobRun;
import com.statbatch.common.run.JobRunStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Closes the run of an EMR step that ended outside the job's own code: the driver killed by YARN,
 * the cluster terminated, the step cancelled. The run is marked FAILED with EMR's state and reason
 * and the people on the alert topic are told, once: only a SUBMITTED or RUNNING row changes, under
 * a row lock, and the alert is sent before that change commits. A run the job already closed
 * (SUCCEEDED, or FAILED with its own alert) is left as it is.
 */
final class StepFailureRecorder {

    /** What a step event did. */
    enum Result {
        /** The run was still open: now FAILED, and the alert was sent. */
        MARKED_FAILED,
        /** The job (or an earlier delivery of this event) had already recorded the outcome. */
        ALREADY_RECORDED,
        /** A step of this project that no run row knows: alerted, nothing to mark. */
        NO_RUN_ROW,
        /** Someone else's step, or a state that is not a failure: nothing done. */
        IGNORED
    }

    record Outcome(
            Result result,
            String period,
            String runId,
            String runStatus,
            String clusterId,
            String stepId,
            String stepState) {}

    /** The error_stage of a run closed from EMR's side, as ExactlyOnceGuard writes it too. */
    static final String STAGE = "emr-step";

    private static final Logger LOG = LoggerFactory.getLogger(StepFailureRecorder.class);

    private final Supplier<DbSettings> db;
    private final JobRunStore runs;
    private final EmrSteps emr;
    private final AlertTopic alerts;

    StepFailureRecorder(
            Supplier<DbSettings> db, JobRunStore runs, EmrSteps emr, AlertTopic alerts) {
        this.db = db;
        this.runs = runs;
        this.emr = emr;
        this.alerts = alerts;
    }

    Outcome record(StepStateChange change, String requestId) throws SQLException {
        Optional<String> period = change.period();
        if (period.isEmpty() || !change.isFailure()) {
            LOG.info(
                    "Step {} '{}' on {} is {}: not a failed stat-batch step, nothing to do",
                    change.stepId(),
                    change.name(),
                    change.clusterId(),
                    change.state());
            return outcome(Result.IGNORED, period.orElse(null), null, null, change);
        }
        String label = period.get();
        try (Connection c = db.get().connect()) {
            c.setAutoCommit(false);
            try {
                Outcome outcome = closeRun(c, label, change, requestId);
                c.commit();
                return outcome;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private Outcome closeRun(Connection c, String label, StepStateChange change, String requestId)
            throws SQLException {
        Optional<JobRun> found = runs.lockByStep(c, change.clusterId(), change.stepId());
        if (found.isEmpty()) {
            alerts.send(
                    "stat-batch FAILED " + label + ": EMR step " + change.state() + ", no run row",
                    message(label, change, "none: no stat_job_run row has this step", requestId));
            return outcome(Result.NO_RUN_ROW, label, null, null, change);
        }
        JobRun run = found.get();
        try (MDC.MDCCloseable ignored = MDC.putCloseable("runId", run.runId())) {
            if (!run.status().isActive()) {
                LOG.info(
                        "{}: step {} ended {}, but run {} is already {}: nothing to do",
                        label,
                        change.stepId(),
                        change.state(),
                        run.runId(),
                        run.status());
                return outcome(
                        Result.ALREADY_RECORDED, label, run.runId(), run.status().name(), change);
            }
            String reason = reason(change);
            runs.markFailed(c, run.runId(), STAGE, reason);
            alerts.send(
                    "stat-batch FAILED " + label + ": EMR step " + change.state(),
                    message(
                            label,
                            change,
                            run.runId()
                                    + " (was "
                                    + run.status()
                                    + ", now FAILED at stage "
                                    + STAGE
                                    + ")",
                            requestId));
            LOG.warn("{}: run {} marked FAILED: {}", label, run.runId(), reason);
            return outcome(Result.MARKED_FAILED, label, run.runId(), "FAILED", change);
        }
    }

    /** The event's state and message, and EMR's failure details when DescribeStep has them. */
    private String reason(StepStateChange change) {
        String reason =
                "EMR step "
                        + change.stepId()
                        + " on "
                        + change.clusterId()
                        + " ended "
                        + change.state()
                        + " before the job recorded an outcome: "
                        + change.message();
        try {
            return emr.failureDetails(change.clusterId(), change.stepId())
                    .map(details -> reason + " (" + details + ")")
                    .orElse(reason);
        } catch (RuntimeException e) {
            LOG.warn(
                    "DescribeStep {} on {} failed; the run is closed with the event's message alone",
                    change.stepId(),
                    change.clusterId(),
                    e);
            return reason + " (EMR's failure details could not be read: " + e.getMessage() + ")";
        }
    }

    private String message(String label, StepStateChange change, String run, String requestId) {
        return String.join(
                "\n",
                "The EMR step of stat-batch "
                        + label
                        + " ended "
                        + change.state()
                        + " without the job recording the outcome (driver killed, cluster"
                        + " terminated or step cancelled).",
                "Period: " + label,
                "Run: " + run,
                "Step: " + change.stepId() + " (" + change.name() + ") on " + change.clusterId(),
                "EMR says: " + change.message(),
                "Event time: " + change.time(),
                "The previous results of "
                        + label
                        + " are untouched. When the cause is fixed, rerun the month:"
                        + " POST /runs {\"period\":\""
                        + label
                        + "\"} (README, Operating).",
                "Lambda request id: " + requestId);
    }

    private static Outcome outcome(
            Result result, String period, String runId, String runStatus, StepStateChange change) {
        return new Outcome(
                result,
                period,
                runId,
                runStatus,
                change.clusterId(),
                change.stepId(),
                change.state());
    }
}
