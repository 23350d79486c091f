package com.statbatch.job.notify;

import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.run.RunCounts;
import com.statbatch.job.run.RunFailure;
import com.statbatch.job.run.RunSummary;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Subject and body of the completion messages, the same whether they go to SNS or the log. */
public final class NotificationMessages {

    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    private NotificationMessages() {}

    public static String successSubject(RunSummary summary) {
        return "stat-batch " + summary.period().label() + " SUCCEEDED";
    }

    /**
     * @param reportLink a pre-signed link to the keywords CSV; empty when there is none (local
     *     files)
     */
    public static String successBody(RunSummary summary, Optional<ReportLink> reportLink) {
        return successBody(summary, reportLink, Optional.empty());
    }

    /**
     * The Korean summary of what changed first, then the report.html link, then the run's facts.
     *
     * @param htmlLink a pre-signed link to report.html; empty when there is none (local files)
     */
    public static String successBody(
            RunSummary summary, Optional<ReportLink> reportLink, Optional<ReportLink> htmlLink) {
        RunCounts counts = summary.counts();
        StringBuilder body = new StringBuilder();
        body.append(ChangesMessage.text(summary.period().label(), summary.highlights()))
                .append('\n');
        body.append("리포트 (report.html): ")
                .append(htmlLink.map(ReportLink::url).orElse(summary.ownReportHtml()))
                .append('\n');
        htmlLink.ifPresent(link -> body.append("  링크 유효: ").append(validity(link)).append('\n'));
        body.append('\n');
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
        body.append("this run's:  ").append(summary.ownKeywordsCsv()).append('\n');
        reportLink.ifPresent(
                link ->
                        body.append("download (")
                                .append(validity(link))
                                .append("): ")
                                .append(link.url())
                                .append('\n')
                                .append("S3 console:  ")
                                .append(link.consoleUrl())
                                .append('\n'));
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
                + outcome(failure)
                + "See stat_job_run (run_id = '"
                + failure.runId()
                + "') and the driver log; rerun with --period "
                + failure.period().label()
                + " when fixed.\n";
    }

    /** "valid until 2026-11-08 01:00 KST, 7 days" and why when it is shorter than configured. */
    static String validity(ReportLink link) {
        String until =
                "valid until "
                        + UNTIL.format(link.expires().atZone(StatPeriod.ZONE))
                        + ", "
                        + span(link.lifetime());
        return link.cutByCredentials()
                ? until + " (the credentials that signed it expire then)"
                : until;
    }

    private static String span(Duration d) {
        if (d.toDays() >= 1 && d.toHoursPart() == 0 && d.toMinutesPart() == 0) {
            return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        }
        long hours = d.toHours();
        long minutes = d.toMinutesPart();
        return hours > 0 ? hours + " h " + minutes + " min" : minutes + " min";
    }

    private static String outcome(RunFailure failure) {
        if (!failure.resultsSwapped()) {
            return "The period's previous results are unchanged. ";
        }
        return failure.reportPublished()
                ? "PostgreSQL and the report hold this run's results; only what came after failed. "
                : "PostgreSQL holds this run's results; the report at the period's usual location is"
                        + " still the previous run's until the next run of the month publishes this"
                        + " one's. ";
    }

    private static String skippedDetail(Map<String, Long> skipped) {
        return skipped.isEmpty() ? "" : " " + new TreeMap<>(skipped);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
