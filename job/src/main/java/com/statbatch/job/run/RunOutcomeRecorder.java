package com.statbatch.job.run;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.run.JobRunStore;
import com.statbatch.job.notify.Notifier;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the run row and the people how a run ended, without letting the telling change the ending:
 * a notification outage does not fail a month whose results are written (it is stored as the run's
 * notify_error), and a failure to record or signal a failure rides along the run's own error.
 */
public final class RunOutcomeRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(RunOutcomeRecorder.class);

    private final DbSettings db;
    private final Notifier notifier;
    private final JobRunStore runs = new JobRunStore();

    public RunOutcomeRecorder(DbSettings db, Notifier notifier) {
        this.db = db;
        this.notifier = notifier;
    }

    /** Signals a success; a notification that fails is logged and stored on the run row. */
    public void succeeded(RunSummary summary) {
        try {
            notifier.succeeded(summary);
        } catch (RuntimeException e) {
            LOG.error(
                    "Run {} succeeded but the notification failed: {}",
                    summary.runId(),
                    e.toString(),
                    e);
            try (Connection c = db.connect()) {
                runs.recordNotifyError(
                        c, summary.runId(), e.getClass().getName() + ": " + e.getMessage());
            } catch (SQLException recordError) {
                LOG.error(
                        "Could not record the notification failure on run {}",
                        summary.runId(),
                        recordError);
            }
        }
    }

    /**
     * Marks the run FAILED at its stage (when it has a run row) and signals the failure; what goes
     * wrong doing so is added to the failure's error as suppressed.
     */
    public void failed(RunFailure failure, boolean hasRunRow) {
        if (hasRunRow) {
            try (Connection c = db.connect()) {
                runs.markFailed(c, failure.runId(), failure.stage(), failure.errorText());
            } catch (SQLException e) {
                LOG.error(
                        "Run {} failed in {} and could not be marked FAILED in stat_job_run",
                        failure.runId(),
                        failure.stage(),
                        e);
                failure.error().addSuppressed(e);
            }
        }
        try {
            notifier.failed(failure);
        } catch (RuntimeException e) {
            LOG.error("Run {} failed and the failure notification failed too", failure.runId(), e);
            failure.error().addSuppressed(e);
        }
    }
}
