package com.statbatch.job.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * CSV records formatted where the rows are and brought to the driver in order as chunks of bytes, a
 * partition at a time: the driver only copies bytes and holds one partition's chunks at a time.
 */
final class CsvChunks {

    /** About a megabyte of text per chunk. */
    private static final int CHUNK_CHARS = 1 << 19;

    private CsvChunks() {}

    /**
     * Writes the records of {@code ordered} (in its order) to {@code out}; returns how many there
     * were. Partitions are fetched one after the other, a Spark job each: a report sorted in one
     * partition ({@link CsvReport}) comes in one job.
     */
    static long write(Dataset<Row> ordered, OutputStream out) throws IOException {
        return copy(
                ordered.mapPartitions(
                                new FormatPartition(),
                                Encoders.tuple(Encoders.BINARY(), Encoders.LONG()))
                        .toLocalIterator(),
                out);
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
