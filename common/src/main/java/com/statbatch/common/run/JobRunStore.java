package com.statbatch.common.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.statbatch.common.period.StatPeriod;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Reads and writes stat_job_run. Each method is one statement; the caller owns the connection. */
public final class JobRunStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Error texts are stored whole up to this many characters; stack traces belong in the logs. */
    private static final int MAX_ERROR_CHARS = 4000;

    /**
     * The launcher's row, written before the step is submitted so that a launcher stopped right
     * after submitting leaves a row to find the step by; clusterId is null until it is known.
     */
    public void insertSubmitted(Connection c, String runId, long periodId, String clusterId)
            throws SQLException {
        update(
                c,
                "insert into stat_job_run (run_id, period_id, status, cluster_id, submitted_at)"
                        + " values (?, ?, 'SUBMITTED', ?, now())",
                runId,
                periodId,
                clusterId);
    }

    /** The cluster a transient-cluster run was started on, as soon as RunJobFlow answers. */
    public void recordCluster(Connection c, String runId, String clusterId) throws SQLException {
        update(
                c,
                "update stat_job_run set cluster_id = ?, updated_at = now() where run_id = ?",
                clusterId,
                runId);
    }

    /** The EMR step running the run; the status is the job's to change, so it is left alone. */
    public void recordStep(Connection c, String runId, String clusterId, String stepId)
            throws SQLException {
        update(
                c,
                "update stat_job_run set cluster_id = ?, step_id = ?, updated_at = now() where run_id = ?",
                clusterId,
                stepId,
                runId);
    }

    /**
     * The job starts: the launcher's SUBMITTED row becomes RUNNING, or a new row when run by hand.
     */
    public void markRunning(Connection c, String runId, long periodId) throws SQLException {
        update(
                c,
                "insert into stat_job_run (run_id, period_id, status, started_at) values (?, ?, 'RUNNING', now())"
                        + " on conflict (run_id) do update set status = 'RUNNING', period_id = excluded.period_id,"
                        + " started_at = now(), finished_at = null, error_stage = null, error_message = null,"
                        + " updated_at = now()",
                runId,
                periodId);
    }

    public void markSucceeded(Connection c, String runId, RunCounts counts) throws SQLException {
        update(
                c,
                "update stat_job_run set status = 'SUCCEEDED', finished_at = now(), updated_at = now(),"
                        + " documents = ?, buildings = ?, keywords = ?, skipped_rows = ?::jsonb,"
                        + " unknown_building_documents = ?, truncated_documents = ?, csv_uri = ? where run_id = ?",
                counts.documents(),
                counts.buildings(),
                counts.keywords(),
                toJson(counts),
                counts.unknownBuildingDocuments(),
                counts.truncatedDocuments(),
                counts.csvUri(),
                runId);
    }

    public void markFailed(Connection c, String runId, String stage, String message)
            throws SQLException {
        update(
                c,
                "update stat_job_run set status = 'FAILED', finished_at = now(), updated_at = now(),"
                        + " error_stage = ?, error_message = ? where run_id = ?",
                stage,
                clip(message),
                runId);
    }

    /**
     * Called inside the swap transaction: once it commits, the period's tables hold this run's
     * results. clock_timestamp, not now(): the transaction may have waited for the period's lock.
     */
    public void markResultsSwapped(Connection c, String runId) throws SQLException {
        update(
                c,
                "update stat_job_run set results_swapped_at = clock_timestamp(), updated_at = now()"
                        + " where run_id = ?",
                runId);
    }

    public void markReportPublished(Connection c, String runId) throws SQLException {
        update(
                c,
                "update stat_job_run set report_published_at = now(), updated_at = now() where run_id = ?",
                runId);
    }

    /**
     * The run whose results the period's tables hold (the last one swapped in) and whether its
     * report is published; empty when no run recorded a swap.
     */
    public Optional<PeriodResults> periodResults(Connection c, long periodId) throws SQLException {
        String sql =
                "select run_id, report_published_at is not null from stat_job_run"
                        + " where period_id = ? and results_swapped_at is not null"
                        + " order by results_swapped_at desc limit 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, periodId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new PeriodResults(rs.getString(1), rs.getBoolean(2)))
                        : Optional.empty();
            }
        }
    }

    public void recordNotifyError(Connection c, String runId, String message) throws SQLException {
        update(
                c,
                "update stat_job_run set notify_error = ?, updated_at = now() where run_id = ?",
                clip(message),
                runId);
    }

    /** Runs of a period, newest first. */
    public List<JobRun> findByPeriod(Connection c, long periodId) throws SQLException {
        return select(
                c,
                "where period_id = ? order by coalesce(submitted_at, started_at, updated_at) desc,"
                        + " run_id desc",
                periodId);
    }

    /**
     * Runs of a period given by its dates, newest first; none when the period was never recorded.
     */
    public List<JobRun> findByPeriod(Connection c, StatPeriod period) throws SQLException {
        return select(
                c,
                "where period_id = (select period_id from stat_period where period_type = ?"
                        + " and start_date = ? and end_date = ?)"
                        + " order by coalesce(submitted_at, started_at, updated_at) desc, run_id desc",
                period.type().name(),
                Date.valueOf(period.start()),
                Date.valueOf(period.endExclusive()));
    }

    /**
     * The run of an EMR step, its row locked until the caller's transaction ends, so that two
     * deliveries of one step event are handled one after the other.
     */
    public Optional<JobRun> lockByStep(Connection c, String clusterId, String stepId)
            throws SQLException {
        return select(c, "where cluster_id = ? and step_id = ? for update", clusterId, stepId)
                .stream()
                .findFirst();
    }

    private static List<JobRun> select(Connection c, String condition, Object... params)
            throws SQLException {
        String sql =
                "select run_id, period_id, status, cluster_id, step_id, submitted_at, started_at, finished_at,"
                        + " error_stage, error_message from stat_job_run "
                        + condition;
        List<JobRun> runs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(
                            new JobRun(
                                    rs.getString(1),
                                    rs.getLong(2),
                                    RunStatus.valueOf(rs.getString(3)),
                                    rs.getString(4),
                                    rs.getString(5),
                                    instant(rs.getTimestamp(6)),
                                    instant(rs.getTimestamp(7)),
                                    instant(rs.getTimestamp(8)),
                                    rs.getString(9),
                                    rs.getString(10)));
                }
            }
        }
        return runs;
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    private static String toJson(RunCounts counts) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(counts.skippedRows()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Cannot encode skipped-row counts " + counts.skippedRows(), e);
        }
    }

    private static String clip(String message) {
        return message == null || message.length() <= MAX_ERROR_CHARS
                ? message
                : message.substring(0, MAX_ERROR_CHARS);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
