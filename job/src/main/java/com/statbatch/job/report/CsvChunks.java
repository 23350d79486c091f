package com.statbatch.job.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * CSV records formatted where the rows are, in parallel, and brought to the driver in order as
 * chunks of bytes: a report of up to {@link #COLLECT_AT_ONCE_BYTES} in one Spark job, a larger one
 * a partition at a time, so the driver only copies bytes and holds a bounded amount of them.
 */
final class CsvChunks {

    /** About a megabyte of text per chunk. */
    private static final int CHUNK_CHARS = 1 << 19;

    private CsvChunks() {}

    /**
     * Up to this many bytes of formatted records of several partitions come to the driver in one
     * Spark job; more come a partition at a time (a job each), so the driver never holds more than
     * this or one partition.
     */
    static final long COLLECT_AT_ONCE_BYTES = 32L << 20;

    /**
     * Writes the records of {@code ordered} (in its order) to {@code out}; returns how many there
     * were.
     */
    static long write(Dataset<Row> ordered, OutputStream out) throws IOException {
        return write(ordered, out, COLLECT_AT_ONCE_BYTES);
    }

    static long write(Dataset<Row> ordered, OutputStream out, long collectAtOnceBytes)
            throws IOException {
        Dataset<Tuple2<byte[], Long>> chunks =
                ordered.mapPartitions(
                        new FormatPartition(), Encoders.tuple(Encoders.BINARY(), Encoders.LONG()));
        if (chunks.rdd().getNumPartitions() == 1) {
            // Sorted in one partition: formatted as it is fetched, in one Spark job.
            return copy(chunks.collectAsList().iterator(), out);
        }
        chunks.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // Formats every partition at once and measures the result; the ordered read below
            // then only fetches bytes.
            Row size = chunks.agg(sum(length(col("_1")))).first();
            long bytes = size.isNullAt(0) ? 0 : size.getLong(0);
            return copy(
                    bytes <= collectAtOnceBytes
                            ? chunks.collectAsList().iterator()
                            : chunks.toLocalIterator(),
                    out);
        } finally {
            chunks.unpersist();
        }
    }

    private static long copy(Iterator<Tuple2<byte[], Long>> inOrder, OutputStream out)
            throws IOException {
        long records = 0;
        while (inOrder.hasNext()) {
            Tuple2<byte[], Long> chunk = inOrder.next();
            out.write(chunk._1());
            records += chunk._2();
        }
        return records;
    }

    private static final class FormatPartition
            implements MapPartitionsFunction<Row, Tuple2<byte[], Long>> {

        @Override
        public Iterator<Tuple2<byte[], Long>> call(Iterator<Row> rows) {
            return new Iterator<>() {
                private final StringBuilder text = new StringBuilder(CHUNK_CHARS + 4096);

                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Tuple2<byte[], Long> next() {
                    if (!rows.hasNext()) {
                        throw new NoSuchElementException();
                    }
                    text.setLength(0);
                    long records = 0;
                    while (rows.hasNext() && text.length() < CHUNK_CHARS) {
                        Row row = rows.next();
                        Object[] fields = new Object[row.size()];
                        for (int i = 0; i < fields.length; i++) {
                            fields[i] = row.get(i);
                        }
                        CsvFormat.appendRecord(text, fields);
                        records++;
                    }
                    return new Tuple2<>(text.toString().getBytes(StandardCharsets.UTF_8), records);
                }
            };
        }
    }
}
