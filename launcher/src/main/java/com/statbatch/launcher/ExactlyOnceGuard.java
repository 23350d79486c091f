package com.statbatch.launcher;

import com.statbatch.common.master.MasterSync;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.run.JobRun;
import com.statbatch.common.run.JobRunStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Submits a period's step unless one may already be running it, and never leaves a period for a
 * person to unstick. Lambda retries asynchronous invocations and EventBridge may deliver twice, so
 * everything happens under a per-period PostgreSQL advisory lock held by the connection: a second
 * invocation waits, then sees the first one's row. A launcher that dies lets go of the lock with
 * its connection.
 *
 * <p>The run row is committed before the step is submitted, and the step is named after the run, so
 * whatever point a launcher is stopped at, the next invocation finds either the step (and adopts
 * it) or, after a bounded wait, no step (the row is marked FAILED and the period submitted once).
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
    private final StepLookup lookup;

    public ExactlyOnceGuard(
            JobRunStore runs,
            EmrSteps emr,
            StepSubmitter submitter,
            SparkSubmitCommand command,
            StepLookup lookup) {
        this.runs = runs;
        this.emr = emr;
        this.submitter = submitter;
        this.command = command;
        this.lookup = lookup;
    }

    /** Each statement commits on its own, so a row written before a crash stays to be found. */
    public LaunchOutcome launchOnce(Connection c, StatPeriod period, MasterSync.Result synced)
            throws SQLException {
        c.setAutoCommit(true);
        String label = period.label();
        try {
            advisoryLock(c, "pg_advisory_lock", synced.periodId());
        } catch (SQLException e) {
            throw new LaunchFailedException(label, Stage.EXACTLY_ONCE_CHECK, e.getMessage(), e);
        }
        LaunchOutcome outcome;
        try {
            outcome = decideAndSubmit(c, period, synced);
        } catch (SQLException | RuntimeException e) {
            unlockAfterFailure(c, synced.periodId(), e);
            throw e;
        }
        advisoryLock(c, "pg_advisory_unlock", synced.periodId());
        return outcome;
    }

    private LaunchOutcome decideAndSubmit(Connection c, StatPeriod period, MasterSync.Result synced)
            throws SQLException {
        String label = period.label();
        Optional<LaunchOutcome> live;
        try {
            live = liveRun(c, label, synced);
            if (live.isEmpty()) {
                live =
                        submitter
                                .findLive(period)
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
        return submit(c, period, synced);
    }

    private LaunchOutcome submit(Connection c, StatPeriod period, MasterSync.Result synced) {
        String label = period.label();
        String runId = StepNames.newRunId(period);
        try {
            runs.insertSubmitted(
                    c, runId, synced.periodId(), submitter.knownCluster().orElse(null));
        } catch (SQLException | RuntimeException e) {
            throw new LaunchFailedException(label, Stage.RECORD_RUN, e.getMessage(), e);
        }
        EmrStep submitted;
        try {
            submitted = submitter.submit(command.step(period, synced.periodId(), runId));
        } catch (RuntimeException e) {
            throw submitFailed(c, label, runId, e);
        }
        try {
            if (submitted.stepId() == null) {
                String cluster = submitted.clusterId();
                runs.recordCluster(c, runId, cluster);
                submitted =
                        lookup.await(() -> emr.findNamed(cluster, StepNames.of(runId)))
                                .orElse(submitted);
            }
            if (submitted.stepId() != null) {
                runs.recordStep(c, runId, submitted.clusterId(), submitted.stepId());
            }
        } catch (SQLException | RuntimeException e) {
            throw new LaunchFailedException(
                    label,
                    Stage.RECORD_RUN,
                    "run "
                            + runId
                            + " was submitted on "
                            + submitted.clusterId()
                            + " but its step was not recorded ("
                            + e.getMessage()
                            + "); the next invocation finds the step by its name and submits nothing",
                    e);
        }
        LOG.info(
                "{} submitted as run {}: step {} on {}{}",
                label,
                runId,
                submitted.stepId(),
                submitted.clusterId(),
                submitted.stepId() == null
                        ? " (not listed by EMR yet; the next invocation records it)"
                        : "");
        return outcome(label, LaunchOutcome.Result.SUBMITTED, runId, submitted, synced);
    }

    /**
     * EMR answered with an error, so the step does not exist and the row can say so; any other
     * failure (a timeout, a lost connection) may have reached EMR, so the row stays SUBMITTED for
     * the next invocation to adopt the step or give up on it.
     */
    private LaunchFailedException submitFailed(
            Connection c, String label, String runId, RuntimeException e) {
        String outcome;
        if (e instanceof AwsServiceException refused && refused.statusCode() < 500) {
            try {
                runs.markFailed(c, runId, Stage.SUBMIT.label(), e.getMessage());
                outcome = "run " + runId + " is marked FAILED";
            } catch (SQLException | RuntimeException notMarked) {
                e.addSuppressed(notMarked);
                outcome = "run " + runId + " could not be marked FAILED";
            }
        } else {
            outcome =
                    "run "
                            + runId
                            + " stays SUBMITTED: the next invocation adopts its step if EMR has it,"
                            + " or marks it FAILED and submits once";
        }
        return new LaunchFailedException(
                label, Stage.SUBMIT, e.getMessage() + " (" + outcome + ")", e);
    }

    /**
     * The newest SUBMITTED/RUNNING row whose step may still run. A row whose step EMR has ended, or
     * whose step EMR does not know after the bounded wait, is stale (the job or the launcher died
     * before recording the end): it is marked FAILED so the period can run again.
     */
    private Optional<LaunchOutcome> liveRun(Connection c, String label, MasterSync.Result synced)
            throws SQLException {
        for (JobRun run : runs.findByPeriod(c, synced.periodId())) {
            if (!run.status().isActive()) {
                continue;
            }
            if (run.submittedAt() == null) {
                // Started by spark-submit without the launcher: no step to ask EMR about, so trust
                // the row.
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
            Optional<EmrStep> step = stepOf(c, run);
            if (step.isEmpty()) {
                String message =
                        "EMR lists no step named "
                                + StepNames.of(run.runId())
                                + " after "
                                + lookup.waitLimit().toSeconds()
                                + " s: the launcher that wrote this row stopped before submitting it;"
                                + " submitted again by the launcher";
                LOG.warn("{}: run {}: {}", label, run.runId(), message);
                runs.markFailed(c, run.runId(), "launcher", message);
                continue;
            }
            if (step.get().mayStillRun()) {
                return Optional.of(
                        outcome(
                                label,
                                LaunchOutcome.Result.ALREADY_ACTIVE,
                                run.runId(),
                                step.get(),
                                synced));
            }
            String message =
                    "EMR step "
                            + step.get().stepId()
                            + " on "
                            + step.get().clusterId()
                            + " ended "
                            + step.get().state()
                            + " while the run was still "
                            + run.status()
                            + "; resubmitted by the launcher";
            LOG.warn("{}: run {}: {}", label, run.runId(), message);
            runs.markFailed(c, run.runId(), "emr-step", message);
        }
        return Optional.empty();
    }

    /** The run's step: asked by id when recorded, else found by name and adopted. */
    private Optional<EmrStep> stepOf(Connection c, JobRun run) throws SQLException {
        if (run.stepId() != null) {
            return Optional.of(emr.describe(run.clusterId(), run.stepId()));
        }
        String name = StepNames.of(run.runId());
        Optional<EmrStep> found =
                lookup.await(
                        () ->
                                Optional.ofNullable(run.clusterId())
                                        .or(() -> submitter.findCluster(name, run.submittedAt()))
                                        .flatMap(cluster -> emr.findNamed(cluster, name)));
        if (found.isPresent()) {
            LOG.info(
                    "Run {} had no step recorded; adopted step {} on {} ({})",
                    run.runId(),
                    found.get().stepId(),
                    found.get().clusterId(),
                    found.get().state());
            runs.recordStep(c, run.runId(), found.get().clusterId(), found.get().stepId());
        }
        return found;
    }

    private static void advisoryLock(Connection c, String function, long periodId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + function + "(?, ?)")) {
            ps.setInt(1, LOCK_NAMESPACE);
            ps.setInt(2, Math.toIntExact(periodId));
            ps.execute();
        }
    }

    private static void unlockAfterFailure(Connection c, long periodId, Exception failure) {
        try {
            advisoryLock(c, "pg_advisory_unlock", periodId);
        } catch (SQLException e) {
            failure.addSuppressed(e);
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
