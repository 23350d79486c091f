package com.statbatch.job.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

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

    /**
     * What goes into one report file, as bytes; returns a count for the caller (records, bytes).
     */
    @FunctionalInterface
    public interface Content {
        long writeTo(OutputStream out) throws IOException;
    }

    /** Writes a whole text file (report.html), UTF-8; returns its length in bytes. */
    public long writeText(String destination, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return write(
                destination,
                out -> {
                    out.write(bytes);
                    return bytes.length;
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
        try (OutputStream out = new BufferedOutputStream(fs.create(writing, true), 1 << 16)) {
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

    /** Copies a finished report file (a run's own) to another location, whole or not at all. */
    public void copy(String source, String destination) throws IOException {
        Path from = new Path(source);
        FileSystem sourceFs = withoutChecksumFiles(from.getFileSystem(hadoopConf));
        write(
                destination,
                out -> {
                    try (InputStream in = sourceFs.open(from)) {
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
