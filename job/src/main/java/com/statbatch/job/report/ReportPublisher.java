package com.statbatch.job.report;

import com.statbatch.common.period.StatPeriod;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A run writes its report under {@code <period folder>/runs/<run id>/}, where nobody looks for it,
 * before its results replace the period's rows in PostgreSQL; only after that swap committed are
 * the files copied, each whole, to the period's canonical folder. So the canonical report is never
 * newer than the tables, a failure in between leaves the run's complete files to be published by
 * the next run of the period, and a link to a run's own files always shows that run's report.
 */
public final class ReportPublisher {

    static final String RUNS = "runs";

    private final Configuration hadoopConf;
    private final ReportFileWriter files;

    public ReportPublisher(Configuration hadoopConf, ReportFileWriter files) {
        this.hadoopConf = hadoopConf;
        this.files = files;
    }

    /** Where a run writes its report before the swap. */
    public static String runFolder(String prefix, StatPeriod period, String runId) {
        return CsvReport.folder(prefix, period)
                + "/"
                + RUNS
                + "/"
                + runId.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** True when the run's report was written in full (its folder holds files). */
    public boolean hasReport(String prefix, StatPeriod period, String runId) throws IOException {
        return !reportFiles(runFolder(prefix, period, runId)).isEmpty();
    }

    /**
     * Copies each file of the run's report to the canonical folder.
     *
     * @return the canonical locations written
     */
    public List<String> publish(String prefix, StatPeriod period, String runId) throws IOException {
        String runFolder = runFolder(prefix, period, runId);
        List<String> names = reportFiles(runFolder);
        if (names.isEmpty()) {
            throw new IOException(
                    "The report of run "
                            + runId
                            + " is missing from "
                            + runFolder
                            + "; rerun the period to write it again");
        }
        String canonical = CsvReport.folder(prefix, period);
        List<String> published = new ArrayList<>();
        for (String name : names) {
            files.copy(runFolder + "/" + name, canonical + "/" + name);
            published.add(canonical + "/" + name);
        }
        return published;
    }

    /** File names in a run folder, sorted; temporary files of an unfinished write excluded. */
    private List<String> reportFiles(String folder) throws IOException {
        Path path = new Path(folder);
        FileSystem fs = path.getFileSystem(hadoopConf);
        if (!fs.exists(path)) {
            return List.of();
        }
        return Arrays.stream(fs.listStatus(path))
                .filter(FileStatus::isFile)
                .map(s -> s.getPath().getName())
                .filter(name -> !name.startsWith("."))
                .sorted()
                .toList();
    }
}
