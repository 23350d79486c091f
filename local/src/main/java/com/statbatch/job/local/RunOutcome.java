package com.statbatch.job.local;

import com.statbatch.common.db.DbSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What stat_job_run recorded for a finished local run: the numbers for the closing OK line. */
record RunOutcome(long documents, long buildings, long keywords, String csvUri) {

    static RunOutcome read(DbSettings db, String runId) throws SQLException {
        String sql =
                "select documents, buildings, keywords, csv_uri from stat_job_run where run_id = ?";
        try (Connection c = db.connect();
                PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, runId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException(
                            "The job reported success but stat_job_run has no row for run "
                                    + runId
                                    + "; check db.url and the job's log above.");
                }
                return new RunOutcome(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4));
            }
        }
    }
}
