package com.statbatch.job.report;

import com.statbatch.common.period.StatPeriod;
import com.statbatch.job.sink.PeriodOutput;
import com.statbatch.job.sink.PeriodSink;
import com.statbatch.job.sink.StagingSwapWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report: written into the run's own folder (the two CSV files, categories.csv, report.html),
 * and committed by publishing it at the period's canonical key, which happens only while the tables
 * hold this run's results. The run's folder stays after the commit and after a failure alike: the
 * notification links it, and a later run publishes it if this one could not.
 */
public final class ReportSink implements PeriodSink {

    public static final String NAME = "write-report";

    private final CsvReport report;
    private final PeriodReportPublication publication;
    private final StatPeriod period;
    private final String runId;

    public ReportSink(
            CsvReport report,
            PeriodReportPublication publication,
            StatPeriod period,
            String runId) {
        this.report = report;
        this.publication = publication;
        this.period = period;
        this.runId = runId;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String commitStage() {
        return "publish-report";
    }

    @Override
    public PeriodSink.Staged stage(PeriodOutput output) throws Exception {
        String folder = output.runFolder();
        CsvReport.Written files =
                report.write(
                        folder,
                        period,
                        output.keywords(),
                        output.rows(StagingSwapWriter.BUILDINGS),
                        output.names());
        long categories =
                report.writeCategories(
                        folder, period, output.rows(StagingSwapWriter.CATEGORIES), output.names());
        report.writeHtml(folder, output.reportModel());
        Map<String, Long> written = new LinkedHashMap<>();
        written.put(StagingSwapWriter.KEYWORDS, files.keywordRecords());
        written.put(StagingSwapWriter.BUILDINGS.name(), files.buildingRecords());
        written.put(StagingSwapWriter.CATEGORIES.name(), categories);
        return new PeriodSink.Staged() {
            @Override
            public Map<String, Long> written() {
                return written;
            }

            @Override
            public boolean commit() throws Exception {
                return publication.publish(output.periodId(), runId);
            }

            @Override
            public void close() {}
        };
    }
}
