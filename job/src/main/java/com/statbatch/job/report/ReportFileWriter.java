package com.statbatch.job.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;

/**
 * Writes one report file (a CSV, report.html) at a fixed path through Hadoop's FileSystem (s3a://,
 * s3://, file://, local), streamed from the driver so there is exactly one file and no part-0000
 * names. A reader never sees half a file: on object stores the object appears only when its upload
 * completes; elsewhere the file is written under a temporary name and renamed into place.
 */
public final class ReportFileWriter {

    /** Told of each file once it is complete at its destination. */
    @FunctionalInterface
    public interface FileWritten {
        FileWritten NONE = destination -> {};

        void written(String destination) throws IOException;
    }

    private final Configuration hadoopConf;
    private final FileWritten listener;

    public ReportFileWriter(Configuration hadoopConf) {
        this(hadoopConf, FileWritten.NONE);
    }

    public ReportFileWriter(Configuration hadoopConf, FileWritten listener) {
        this.hadoopConf = hadoopConf;
        this.listener = listener;
    }

    /** What goes into one report file; returns a count for the caller (records, characters). */
    @FunctionalInterface
    public interface Content {
        long writeTo(Writer out) throws IOException;
    }

    /** Returns the number of data records written (the header not counted). */
    public long write(String destination, List<String> header, Iterator<Row> rows)
            throws IOException {
        return write(
                destination,
                out -> {
                    long records = 0;
                    StringBuilder buffer = new StringBuilder(1 << 16);
                    buffer.append(CsvFormat.BOM);
                    CsvFormat.appendRecord(buffer, header.toArray());
                    while (rows.hasNext()) {
                        Row row = rows.next();
                        Object[] fields = new Object[row.size()];
                        for (int i = 0; i < fields.length; i++) {
                            fields[i] = row.get(i);
                        }
                        CsvFormat.appendRecord(buffer, fields);
                        records++;
                        if (buffer.length() > 1 << 15) {
                            out.append(buffer);
                            buffer.setLength(0);
                        }
                    }
                    out.append(buffer);
                    return records;
                });
    }

    /** Writes a whole text file (report.html), UTF-8; returns its length in characters. */
    public long writeText(String destination, String text) throws IOException {
        return write(
                destination,
                out -> {
                    out.write(text);
                    return text.length();
                });
    }

    /** Writes {@code content} at {@code destination} so that no reader sees half of it. */
    public long write(String destination, Content content) throws IOException {
        Path target = new Path(destination);
        FileSystem resolved = target.getFileSystem(hadoopConf);
        boolean objectStore = resolved.getUri().getScheme().startsWith("s3");
        FileSystem fs = withoutChecksumFiles(resolved);
        Path writing =
                objectStore
                        ? target
                        : new Path(target.getParent(), "." + target.getName() + ".tmp");
        long written;
        try (Writer out =
                new OutputStreamWriter(fs.create(writing, true), StandardCharsets.UTF_8)) {
            written = content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            if (!objectStore) {
                fs.delete(writing, false);
            }
            throw e;
        }
        if (!objectStore) {
            commit(fs, writing, target);
        }
        listener.written(destination);
        return written;
    }

    /**
     * Copies a finished report file (a run's own) to another location, whole or not at all. The
     * files are UTF-8 this writer wrote, so decoding and encoding them again keeps every byte.
     */
    public void copy(String source, String destination) throws IOException {
        Path from = new Path(source);
        FileSystem sourceFs = withoutChecksumFiles(from.getFileSystem(hadoopConf));
        write(
                destination,
                out -> {
                    try (Reader in =
                            new InputStreamReader(sourceFs.open(from), StandardCharsets.UTF_8)) {
                        return in.transferTo(out);
                    }
                });
    }

    /**
     * The local file system would leave a .crc file beside each report, which nobody reading it
     * wants.
     */
    private static FileSystem withoutChecksumFiles(FileSystem fs) {
        return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
    }

    private static void commit(FileSystem fs, Path writing, Path target) throws IOException {
        if (fs.exists(target) && !fs.delete(target, false)) {
            throw new IOException("Cannot replace the previous report " + target);
        }
        if (!fs.rename(writing, target)) {
            throw new IOException("Cannot move the finished report " + writing + " to " + target);
        }
    }
}
