package com.statbatch.launcher;

import com.statbatch.common.master.MasterSync;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.run.JobRun;
import com.statbatch.common.run.JobRunStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.emr.model.StepConfig;

/**
 * Submits a month's step unless one may already be running it. Lambda retries asynchronous
 * invocations and EventBridge may deliver twice, so the check and the submission happen under a
 * per-period PostgreSQL advisory lock held for one transaction: a second invocation waits, then
 * sees the first one's SUBMITTED row. Live means a SUBMITTED/RUNNING row whose step EMR has not
 * ended, or a PENDING/RUNNING step of the same name on the cluster (which also covers a step whose
 * row was lost).
 */
public final class ExactlyOnceGuard {

    private static final Logger LOG = LoggerFactory.getLogger(ExactlyOnceGuard.class);

    /**
     * First half of the two-part advisory lock key; the second is the period id. Differs from
     * MasterSync's.
     */
    private static final int LOCK_NAMESPACE = 0x53424C4E;

    private final JobRunStore runs;
    private final EmrSteps emr;
    private final StepSubmitter submitter;
    private final SparkSubmitCommand command;

    public ExactlyOnceGuard(
            JobRunStore runs, EmrSteps emr, StepSubmitter submitter, SparkSubmitCommand command) {
        this.runs = runs;
        this.emr = emr;
        this.submitter = submitter;
        this.command = command;
    }

    public LaunchOutcome launchOnce(Connection c, StatPeriod period, MasterSync.Result synced)
            throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            LaunchOutcome outcome = decideAndSubmit(c, period, synced);
            c.commit();
            return outcome;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private LaunchOutcome decideAndSubmit(Connection c, StatPeriod period, MasterSync.Result synced)
            throws SQLException {
        String label = period.label();
        String stepName = SparkSubmitCommand.stepName(period);
        Optional<LaunchOutcome> live;
        try {
            lock(c, synced.periodId());
            live = liveRun(c, label, synced);
            if (live.isEmpty()) {
                live =
                        submitter
                                .findLive(stepName)
                                .map(
                                        step ->
                                                outcome(
                                                        label,
                                                        LaunchOutcome.Result.ALREADY_ACTIVE,
                                                        null,
                                                        step,
                                                        synced));
            }
        } catch (SQLException | RuntimeException e) {
            throw new LaunchFailedException(label, Stage.EXACTLY_ONCE_CHECK, e.getMessage(), e);
        }
        if (live.isPresent()) {
            LOG.info("{} already has a live step, submitting nothing: {}", label, live.get());
            return live.get();
        }
        String runId = label + "-" + UUID.randomUUID();
        StepConfig step = command.step(period, runId);
        EmrStep submitted;
        try {
            submitted = submitter.submit(step);
        } catch (RuntimeException e) {
            throw new LaunchFailedException(label, Stage.SUBMIT, e.getMessage(), e);
        }
        try {
            runs.insertSubmitted(
                    c, runId, synced.periodId(), submitted.clusterId(), submitted.stepId());
        } catch (SQLException | RuntimeException e) {
            throw new LaunchFailedException(
                    label,
                    Stage.RECORD_RUN,
                    "step "
                            + submitted.stepId()
                            + " was submitted on "
                            + submitted.clusterId()
                            + " but its stat_job_run row was not written ("
                            + e.getMessage()
                            + "); a retry finds the step with ListSteps and submits nothing",
                    e);
        }
        LOG.info(
                "{} submitted as run {}: step {} on {}",
                label,
                runId,
                submitted.stepId(),
                submitted.clusterId());
        return outcome(label, LaunchOutcome.Result.SUBMITTED, runId, submitted, synced);
    }

    /**
     * The newest SUBMITTED/RUNNING row whose step may still run. A row whose step EMR has ended is
     * stale (the job died before recording its end): it is marked FAILED so the month can run
     * again.
     */
    private Optional<LaunchOutcome> liveRun(Connection c, String label, MasterSync.Result synced)
            throws SQLException {
        for (JobRun run : runs.findByPeriod(c, synced.periodId())) {
            if (!run.status().isActive()) {
                continue;
            }
            if (run.clusterId() == null || run.stepId() == null) {
                // Started by spark-submit without the launcher: nothing to ask EMR, so trust the
                // row.
                return Optional.of(
                        new LaunchOutcome(
                                label,
                                LaunchOutcome.Result.ALREADY_ACTIVE,
                                run.runId(),
                                run.clusterId(),
                                run.stepId(),
                                run.status().name(),
                                synced));
            }
            EmrStep step = emr.describe(run.clusterId(), run.stepId());
            if (step.mayStillRun()) {
                return Optional.of(
                        outcome(
                                label,
                                LaunchOutcome.Result.ALREADY_ACTIVE,
                                run.runId(),
                                step,
                                synced));
            }
            String message =
                    "EMR step "
                            + step.stepId()
                            + " on "
                            + step.clusterId()
                            + " ended "
                            + step.state()
                            + " while the run was still "
                            + run.status()
                            + "; resubmitted by the launcher";
            LOG.warn("{}: run {}: {}", label, run.runId(), message);
            runs.markFailed(c, run.runId(), "emr-step", message);
        }
        return Optional.empty();
    }

    private static void lock(Connection c, long periodId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
            ps.setInt(1, LOCK_NAMESPACE);
            ps.setInt(2, Math.toIntExact(periodId));
            ps.execute();
        }
    }

    private static LaunchOutcome outcome(
            String label,
            LaunchOutcome.Result result,
            String runId,
            EmrStep step,
            MasterSync.Result synced) {
        return new LaunchOutcome(
                label,
                result,
                runId,
                step.clusterId(),
                step.stepId(),
                step.state().toString(),
                synced);
    }
}
