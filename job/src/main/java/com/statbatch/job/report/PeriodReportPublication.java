package com.statbatch.job.report;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.run.JobRunStore;
import com.statbatch.common.run.PeriodResults;
import com.statbatch.job.sink.PeriodLock;
import java.sql.Connection;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which run's report is at a period's canonical key: always the report of the run whose results the
 * tables hold ({@code stat_job_run.results_swapped_at}), published under the period's lock and
 * recorded ({@code report_published_at}).
 */
public final class PeriodReportPublication {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodReportPublication.class);

    private final DbSettings db;
    private final ReportPublisher publisher;
    private final String prefix;
    private final StatPeriod period;
    private final JobRunStore runs = new JobRunStore();

    public PeriodReportPublication(
            DbSettings db, ReportPublisher publisher, String prefix, StatPeriod period) {
        this.db = db;
        this.publisher = publisher;
        this.prefix = prefix;
        this.period = period;
    }

    /**
     * A run that failed (or was killed) after its swap left the period's tables holding its results
     * and its report unpublished: publish that report, so the canonical report matches the tables
     * whatever the current run does next.
     */
    public void repair(long periodId) throws Exception {
        Optional<PeriodResults> holder;
        try (Connection c = db.connect()) {
            holder = runs.periodResults(c, periodId);
        }
        if (holder.isEmpty() || holder.get().reportPublished()) {
            return;
        }
        String behind = holder.get().runId();
        if (!publisher.hasReport(prefix, period, behind)) {
            LOG.warn(
                    "Run {} holds the tables of {} but its report is gone from {}; this run's"
                            + " report replaces it",
                    behind,
                    period.label(),
                    ReportPublisher.runFolder(prefix, period, behind));
            return;
        }
        LOG.info("Publishing the report of run {}, whose results the tables hold", behind);
        publish(periodId, behind);
    }

    /**
     * Publishes the run's report under the period's lock, and only while the tables hold its
     * results: a later run that swapped in the meantime publishes its own.
     *
     * @return whether the run's report is now the canonical one
     */
    public boolean publish(long periodId, String runId) throws Exception {
        try (Connection c = db.connect();
                PeriodLock lock = PeriodLock.hold(c, periodId)) {
            Optional<PeriodResults> holder = runs.periodResults(c, periodId);
            if (holder.isEmpty() || !holder.get().runId().equals(runId)) {
                LOG.info(
                        "Run {} swapped its results in after run {}; its report is published instead",
                        holder.map(PeriodResults::runId).orElse("?"),
                        runId);
                return false;
            }
            publisher.publish(prefix, period, runId);
            runs.markReportPublished(c, runId);
            return true;
        }
    }
}
