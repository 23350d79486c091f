package com.statbatch.job.notify;

import com.statbatch.common.run.RunCounts;
import com.statbatch.job.run.RunFailure;
import com.statbatch.job.run.RunSummary;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Subject and body of the completion messages, the same whether they go to SNS or the log. */
public final class NotificationMessages {

    private NotificationMessages() {}

    public static String successSubject(RunSummary summary) {
        return "stat-batch " + summary.period().label() + " SUCCEEDED";
    }

    /**
     * @param reportLink a pre-signed link to the keywords CSV, or null when there is none (local
     *     files)
     * @param linkDays how long the link stays valid
     */
    public static String successBody(RunSummary summary, String reportLink, long linkDays) {
        RunCounts counts = summary.counts();
        StringBuilder body = new StringBuilder();
        body.append("stat-batch run ")
                .append(summary.runId())
                .append(" for ")
                .append(summary.period().label())
                .append(" (")
                .append(summary.period().start())
                .append(" to ")
                .append(summary.period().lastDay())
                .append(", Asia/Seoul) SUCCEEDED\n\n");
        body.append("source:      ").append(summary.source()).append('\n');
        body.append("documents:   ").append(counts.documents()).append('\n');
        body.append("buildings:   ").append(counts.buildings()).append('\n');
        body.append("keywords:    ").append(counts.keywords()).append('\n');
        body.append("skipped:     ")
                .append(counts.skippedTotal())
                .append(skippedDetail(counts.skippedRows()))
                .append('\n');
        body.append("unknown buildings: ")
                .append(summary.unknownBuildings())
                .append(" (")
                .append(counts.unknownBuildingDocuments())
                .append(" documents not in stat_dimension)\n");
        body.append("truncated documents: ").append(counts.truncatedDocuments()).append('\n');
        body.append("duration:    ").append(seconds(summary.total())).append('\n');
        body.append("report:      ").append(summary.keywordsCsv()).append('\n');
        body.append("buildings:   ").append(summary.buildingsCsv()).append('\n');
        if (reportLink != null) {
            body.append("download (link valid ")
                    .append(linkDays)
                    .append(" days): ")
                    .append(reportLink)
                    .append('\n');
        }
        return body.toString();
    }

    public static String failureSubject(RunFailure failure) {
        return "stat-batch " + failure.period().label() + " FAILED in " + failure.stage();
    }

    public static String failureBody(RunFailure failure) {
        return "stat-batch run "
                + failure.runId()
                + " for "
                + failure.period().label()
                + " FAILED\n\n"
                + "stage:  "
                + failure.stage()
                + "\n"
                + "error:  "
                + failure.errorText()
                + "\n\n"
                + "The period's previous results are unchanged. See stat_job_run (run_id = '"
                + failure.runId()
                + "') and the driver log; rerun with --period "
                + failure.period().label()
                + " when fixed.\n";
    }

    private static String skippedDetail(Map<String, Long> skipped) {
        return skipped.isEmpty() ? "" : " " + new TreeMap<>(skipped);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
