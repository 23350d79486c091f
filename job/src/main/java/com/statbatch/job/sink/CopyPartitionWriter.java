package com.statbatch.job.sink;

import com.statbatch.common.db.DbSettings;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Row;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams one Spark partition into a staging table with PostgreSQL COPY, in one transaction that
 * first deletes what an earlier attempt of the same partition left. A retried or speculative task
 * therefore replaces its partition instead of adding to it.
 */
final class CopyPartitionWriter implements ForeachPartitionFunction<Row> {

    static final String PART_COLUMN = "stage_part";

    private final DbSettings db;
    private final String table;
    private final List<String> columns;
    private final WriteFault fault;

    CopyPartitionWriter(DbSettings db, String table, List<String> columns, WriteFault fault) {
        this.db = db;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.fault = fault;
    }

    @Override
    public void call(Iterator<Row> rows) throws SQLException, IOException {
        TaskContext task = TaskContext.get();
        int partition = task.partitionId();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock =
                            c.prepareStatement("select pg_advisory_xact_lock(hashtext(?), ?)");
                    PreparedStatement clear =
                            c.prepareStatement(
                                    "delete from " + table + " where " + PART_COLUMN + " = ?")) {
                lock.setString(1, table);
                lock.setInt(2, partition);
                lock.execute();
                clear.setInt(1, partition);
                clear.executeUpdate();
            }
            copy(c, rows, partition, task.attemptNumber());
            c.commit();
        }
    }

    private void copy(Connection c, Iterator<Row> rows, int partition, int attempt)
            throws SQLException, IOException {
        String sql =
                "copy "
                        + table
                        + " ("
                        + String.join(", ", columns)
                        + ", "
                        + PART_COLUMN
                        + ") from stdin";
        CopyIn copyIn = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        StringBuilder line = new StringBuilder(256);
        long written = 0;
        try (Writer out =
                new OutputStreamWriter(
                        new PGCopyOutputStream(copyIn, 1 << 16), StandardCharsets.UTF_8)) {
            while (rows.hasNext()) {
                Row row = rows.next();
                line.setLength(0);
                for (int i = 0; i < columns.size(); i++) {
                    CopyText.appendField(line, row.get(i));
                    line.append('\t');
                }
                line.append(partition).append('\n');
                out.append(line);
                fault.afterRow(table, partition, attempt, ++written);
            }
        } catch (RuntimeException | IOException e) {
            if (copyIn.isActive()) {
                copyIn.cancelCopy();
            }
            throw e;
        }
    }
}
