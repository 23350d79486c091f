package com.statbatch.job.run;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.db.SchemaMigrator;
import com.statbatch.common.master.MasterSync;
import com.statbatch.common.run.JobRunStore;
import com.statbatch.common.run.RunCounts;
import com.statbatch.job.JobSettings;
import com.statbatch.job.notify.Notifier;
import com.statbatch.job.report.PeriodReportPublication;
import com.statbatch.job.trend.PreviousMonth;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A run kept in PostgreSQL and signalled to people: the schema migrated (when configured), the
 * master tables synced, the run row RUNNING and then SUCCEEDED or FAILED at its stage, and the
 * outcome notified. Beginning also publishes a report an earlier run of the period left
 * unpublished, so the canonical report matches the tables whatever this run does next.
 */
public final class RecordedRun implements RunBookkeeping {

    private final JobSettings settings;
    private final DbSettings db;
    private final PeriodReportPublication publication;
    private final RunOutcomeRecorder outcomes;
    private final StageClock clock;
    private final JobRunStore runs = new JobRunStore();
    private boolean hasRunRow;

    public RecordedRun(
            JobSettings settings,
            DbSettings db,
            PeriodReportPublication publication,
            Notifier notifier,
            StageClock clock) {
        this.settings = settings;
        this.db = db;
        this.publication = publication;
        this.outcomes = new RunOutcomeRecorder(db, notifier);
        this.clock = clock;
    }

    @Override
    public long begin() throws Exception {
        if (settings.migrate()) {
            clock.time("migrate", () -> SchemaMigrator.migrateStatTables(db));
        }
        long periodId = clock.time("sync-master", this::syncMaster);
        try (Connection c = db.connect()) {
            runs.markRunning(c, settings.runId(), periodId);
        }
        hasRunRow = true;
        clock.time(
                "repair-report",
                () -> {
                    publication.repair(periodId);
                    return null;
                });
        return periodId;
    }

    @Override
    public Optional<PreviousMonth> previousMonth() throws SQLException {
        return PreviousMonth.of(db, settings.period());
    }

    @Override
    public void recordSucceeded(RunCounts counts) throws Exception {
        clock.time(
                "record-run",
                () -> {
                    try (Connection c = db.connect()) {
                        runs.markSucceeded(c, settings.runId(), counts);
                    }
                    return null;
                });
    }

    @Override
    public void signalSucceeded(RunSummary summary) {
        outcomes.succeeded(summary);
    }

    @Override
    public void failed(RunFailure failure) {
        outcomes.failed(failure, hasRunRow);
    }

    private long syncMaster() throws SQLException {
        try (Connection c = db.connect()) {
            return new MasterSync(settings.master())
                    .sync(c, settings.period(), settings.periodId())
                    .periodId();
        }
    }
}
